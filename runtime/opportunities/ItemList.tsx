import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { theme } from 'antd';

/** A plain list (antd's List is deprecated in v6.6): one row per item, actions at the end. */
export function ItemList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {children}
    </ul>
  );
}

export interface ItemProps extends Omit<HTMLAttributes<HTMLLIElement>, 'style'> {
  actions?: ReactNode;
  style?: CSSProperties;
  children: ReactNode;
}

export function Item({ actions, style, children, ...rest }: ItemProps) {
  const { token } = theme.useToken();
  return (
    <li
      {...rest}
      style={{
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'flex-start',
        gap: 8,
        padding: '8px 4px',
        borderBottom: `1px solid ${token.colorSplit}`,
        ...style,
      }}
    >
      <div style={{ minWidth: 0, flex: 1 }}>{children}</div>
      {actions && <div style={{ flexShrink: 0 }}>{actions}</div>}
    </li>
  );
}
