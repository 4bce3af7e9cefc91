// The Chinese application menu. Document commands go to the renderer as 'menu' events (the renderer holds
// the document and its Slate history, so undo/redo are its own); clipboard and window items use roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/events';

export function buildMenuTemplate(send: (command: MenuCommand) => void, isMac = process.platform === 'darwin'): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const, label: '公报编排' }] : []),
    {
      label: '文件(&F)',
      submenu: [
        item('新建(&N)', 'new', 'CmdOrCtrl+N'),
        item('打开(&O)…', 'open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('保存(&S)', 'save', 'CmdOrCtrl+S'),
        item('另存为(&A)…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('导入公文(&I)…', 'importFiles', 'CmdOrCtrl+I'),
        item('导出 PDF…', 'exportPdf', 'CmdOrCtrl+E'),
        item('导出 Word 文档…', 'exportDocx', 'CmdOrCtrl+Shift+E'),
        item('打印(&P)…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        item('关闭(&C)', 'close', 'CmdOrCtrl+W'),
        isMac ? { role: 'quit', label: '退出' } : { role: 'quit', label: '退出(&X)', accelerator: 'Alt+F4' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        item('撤销(&U)', 'undo', 'CmdOrCtrl+Z'),
        item('重做(&R)', 'redo', isMac ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut', label: '剪切(&T)' },
        { role: 'copy', label: '复制(&C)' },
        { role: 'paste', label: '粘贴(&P)' },
        { role: 'selectAll', label: '全选(&A)' },
        { type: 'separator' },
        item('查找(&F)…', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        item('显示/隐藏版面预览', 'togglePreview', 'CmdOrCtrl+\\'),
        item('显示/隐藏校对结果', 'toggleChecks', 'CmdOrCtrl+Shift+K'),
        { type: 'separator' },
        item('放大', 'zoomIn', 'CmdOrCtrl+='),
        item('缩小', 'zoomOut', 'CmdOrCtrl+-'),
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '帮助(&H)', submenu: [item('关于公报编排', 'about')] },
  ];
}
