// The narrow bridge: one named function per contract method, nothing else reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, InputOf, OutputOf, Result, SignerApi } from './ipc/contract.js';

const call = <C extends Channel>(channel: C, input?: InputOf<C>): Promise<Result<OutputOf<C>>> => ipcRenderer.invoke(channel, input);

const signer: SignerApi = {
  getAppInfo: () => call('getAppInfo'),
  checkServer: (input) => call('checkServer', input),
  restoreSession: () => call('restoreSession'),
  signIn: (input) => call('signIn', input),
  sendLoginOtp: (input) => call('sendLoginOtp', input),
  verifyLoginOtp: (input) => call('verifyLoginOtp', input),
  signOut: () => call('signOut'),
  listPackages: (input) => call('listPackages', input),
  getPackage: (input) => call('getPackage', input),
  requestPackageOtp: (input) => call('requestPackageOtp', input),
  getDocumentFields: (input) => call('getDocumentFields', input),
  requestOtp: (input) => call('requestOtp', input),
  getPageImage: (input) => call('getPageImage', input),
  getSigningPreferences: () => call('getSigningPreferences'),
  signField: (input) => call('signField', input),
  getFieldStatus: (input) => call('getFieldStatus', input),
  fillInitials: (input) => call('fillInitials', input),
  saveFormFields: (input) => call('saveFormFields', input),
  declinePackage: (input) => call('declinePackage', input),
  approvePackage: (input) => call('approvePackage', input),
  submitPackage: (input) => call('submitPackage', input),
  finishPackage: (input) => call('finishPackage', input),
};

contextBridge.exposeInMainWorld('signer', signer);
