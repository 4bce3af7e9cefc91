// How each model block looks in the editor: close to the printed page (fonts by role), not a copy of it.
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { useSelected } from 'slate-react';
import { t } from '../../messages/zh-CN';
import { ImageElement } from './ImageElement';

function VoidFrame({ attributes, children, label, className }: RenderElementProps & { label: string; className: string }) {
  const selected = useSelected();
  return (
    <div {...attributes} className={`${className}${selected ? ' is-selected' : ''}`}>
      <div contentEditable={false} className="void-label">{label}</div>
      {children}
    </div>
  );
}

export function renderElement(props: RenderElementProps) {
  const { attributes, children, element } = props;
  switch (element.type) {
    case 'paragraph': {
      const role = element.role ?? 'body';
      return (
        <p {...attributes} className={`blk p role-${role}`} style={element.align ? { textAlign: element.align } : undefined}>
          {children}
        </p>
      );
    }
    case 'heading':
      return <div {...attributes} className={`blk h h${element.level}`} data-level={element.level}>{children}</div>;
    case 'table':
      return (
        <table {...attributes} className="blk tbl" data-header-rows={element.headerRows ?? 0} data-landscape={element.landscape ? '' : undefined}>
          <tbody>{children}</tbody>
        </table>
      );
    case 'table-row':
      return <tr {...attributes}>{children}</tr>;
    case 'table-cell':
      return (
        <td {...attributes} colSpan={element.colSpan} rowSpan={element.rowSpan} style={element.align ? { textAlign: element.align } : undefined}>
          {children}
        </td>
      );
    case 'page-break':
      return <VoidFrame {...props} className="blk page-break" label={t.pageBreakLabel} />;
    case 'image':
      return <ImageElement {...props} element={element} />;
    case 'box':
      return (
        <div {...attributes} className="blk box">
          <div contentEditable={false} className="box-title">{element.title || t.boxTitle}</div>
          {children}
        </div>
      );
  }
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  const className = [leaf.bold ? 'bold' : '', leaf.font ? `font-${leaf.font}` : ''].filter(Boolean).join(' ');
  return <span {...attributes} className={className || undefined}>{children}</span>;
}
