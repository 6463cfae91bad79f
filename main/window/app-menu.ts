import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu in place of Electron's default: the app, edit and window menus (the edit menu
 * keeps copy and paste working on macOS). Reload, Force Reload and DevTools exist only in dev builds:
 * a reload would drop the signed-in state mid-signature.
 */
export function appMenuTemplate(isPackaged: boolean, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const develop: MenuItemConstructorOptions = { label: 'Develop', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] };
  return [{ role: platform === 'darwin' ? 'appMenu' : 'fileMenu' }, { role: 'editMenu' }, ...(isPackaged ? [] : [develop]), { role: 'windowMenu' }];
}
