/** Immutable edits of a condition tree: find, update, remove, insert and move nodes. */
import type { GroupNode, TreeNode } from './tree';

export interface Located {
  node: TreeNode;
  parent: GroupNode | null;
  index: number;
}

export function findNode(root: GroupNode, id: string): Located | null {
  if (root.id === id) return { node: root, parent: null, index: 0 };
  const stack: GroupNode[] = [root];
  while (stack.length) {
    const g = stack.pop()!;
    for (let i = 0; i < g.children.length; i++) {
      const c = g.children[i]!;
      if (c.id === id) return { node: c, parent: g, index: i };
      if (c.kind === 'group') stack.push(c);
    }
  }
  return null;
}

/** A copy of `root` with the node `id` replaced by `fn(node)` (same root when absent). */
export function updateNode(root: GroupNode, id: string, fn: (n: TreeNode) => TreeNode): GroupNode {
  const visit = (n: TreeNode): TreeNode => {
    if (n.id === id) return fn(n);
    if (n.kind !== 'group') return n;
    let changed = false;
    const children = n.children.map((c) => {
      const next = visit(c);
      if (next !== c) changed = true;
      return next;
    });
    return changed ? { ...n, children } : n;
  };
  return visit(root) as GroupNode;
}

export function removeNode(root: GroupNode, id: string): GroupNode {
  const at = findNode(root, id);
  if (!at?.parent) return root;
  return updateNode(root, at.parent.id, (g) =>
    g.kind === 'group' ? { ...g, children: g.children.filter((c) => c.id !== id) } : g,
  );
}

export function insertNode(root: GroupNode, groupId: string, index: number, node: TreeNode): GroupNode {
  return updateNode(root, groupId, (g) => {
    if (g.kind !== 'group') return g;
    const children = [...g.children];
    children.splice(Math.max(0, Math.min(index, children.length)), 0, node);
    return { ...g, children };
  });
}

/** Whether `id` is `ancestorId` or lies inside it (a group cannot be dropped into itself). */
export function isInside(root: GroupNode, ancestorId: string, id: string): boolean {
  const anc = findNode(root, ancestorId);
  if (!anc) return false;
  if (anc.node.id === id) return true;
  return anc.node.kind === 'group' && findNode(anc.node, id) !== null;
}

export function moveWithin(root: GroupNode, groupId: string, from: number, to: number): GroupNode {
  return updateNode(root, groupId, (g) => {
    if (g.kind !== 'group' || from === to) return g;
    const children = [...g.children];
    const [item] = children.splice(from, 1);
    if (item) children.splice(to, 0, item);
    return { ...g, children };
  });
}

/** Ids of every node in a tree (groups included). */
export function allIds(root: GroupNode): string[] {
  const out: string[] = [];
  const stack: TreeNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n.id);
    if (n.kind === 'group') stack.push(...n.children);
  }
  return out;
}
