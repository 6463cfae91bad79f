import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../shared/contract';
import { answerMayBeLost } from '../../renderer/src/api/lost-answer';
import { actionTookEffect } from '../../renderer/src/signing/action-effect';

const ME = 'alice@example.com';
const entry = (order: number, role: string, processStatus = 'UN_PROCESSED', email = ME): Recipient => ({ order, name: email, email, role, processStatus });
const priya = entry(2, 'SIGNER', 'UN_PROCESSED', 'priya.shah@northwind.example');
const pkg = (status: string, users: Recipient[]) => ({ status, users });

describe('answerMayBeLost', () => {
  it('is true when the request may have reached the server: no answer, a timeout, or an answer that could not be read', () => {
    for (const kind of ['network', 'timeout', 'invalid_response'] as const) expect(answerMayBeLost({ kind })).toBe(true);
  });
  it('is false when the server answered with a refusal', () => {
    for (const kind of ['forbidden', 'invalid_input', 'server', 'not_found', 'unauthorized'] as const) expect(answerMayBeLost({ kind })).toBe(false);
  });
});

describe('actionTookEffect', () => {
  it('finish: done once my signer and host entries are no longer open', () => {
    expect(actionTookEffect('finish', pkg('INPROGRESS', [entry(1, 'SIGNER', 'SIGNED'), priya]), ME)).toBe(true);
    expect(actionTookEffect('finish', pkg('PENDING', [entry(1, 'SIGNER'), priya]), ME)).toBe(false);
    expect(actionTookEffect('finish', pkg('PENDING', [entry(1, 'INPERSON_HOST', 'SIGNED'), entry(2, 'SIGNER', 'IN_PROGRESS')]), ME)).toBe(false);
  });
  it('approve and submit: done once my reviewer or editor entry is no longer open', () => {
    expect(actionTookEffect('approve', pkg('INPROGRESS', [entry(1, 'REVIEWER', 'REVIEWED'), priya]), ME)).toBe(true);
    expect(actionTookEffect('approve', pkg('PENDING', [entry(1, 'REVIEWER'), priya]), ME)).toBe(false);
    expect(actionTookEffect('submit', pkg('INPROGRESS', [entry(1, 'EDITOR', 'EDITED'), priya]), ME)).toBe(true);
    expect(actionTookEffect('submit', pkg('PENDING', [entry(1, 'EDITOR'), priya]), ME)).toBe(false);
  });
  it('decline: done once the package or my entry is declined', () => {
    expect(actionTookEffect('decline', pkg('DECLINED', [entry(1, 'SIGNER'), priya]), ME)).toBe(true);
    expect(actionTookEffect('decline', pkg('PENDING', [entry(1, 'REVIEWER', 'DECLINED'), priya]), ME)).toBe(true);
    expect(actionTookEffect('decline', pkg('PENDING', [entry(1, 'SIGNER'), priya]), ME)).toBe(false);
  });
  it('matches my entries by email as SigningHub does, ignoring case', () => {
    expect(actionTookEffect('finish', pkg('INPROGRESS', [entry(1, 'SIGNER', 'SIGNED', 'Alice@Example.com'), priya]), ME)).toBe(true);
    expect(actionTookEffect('finish', pkg('PENDING', [entry(1, 'signer', 'UN_PROCESSED', 'ALICE@example.com'), priya]), ME)).toBe(false);
  });
});
