// In a browser the renderer chooses files itself (an <input type=file>) and sends their bytes;
// inside Electron the host shows the system dialog instead.
export const IMPORT_ACCEPT = '.docx,.doc,.wps,.txt,.rtf,.wpt,.dot,.dotx';

export function pickFiles(accept = IMPORT_ACCEPT): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export async function readFiles(files: File[]): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
