/// <reference types="vite/client" />
// The decision flow as a graph (@xyflow/react): people laid out by approval level, left to right;
// drag from one person's handle to another's to add an approval step, select an edge and press
// Delete/Backspace to remove it. Loaded lazily (the list editor is the keyboard fallback).
import '@xyflow/react/dist/style.css';
import {
  Background,
  Handle,
  Position,
  ReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  approvalLevels,
  connect,
  disconnect,
  type DecisionFlowNode,
  type DecisionFlowValue,
} from '../../../engine/forms';
import { INFLUENCE_COLOURS } from './flowLabels';

type PersonData = { person: DecisionFlowNode; roleLabel: string };

function PersonNode({ data }: NodeProps<Node<PersonData>>) {
  const { t } = useTranslation();
  const p = data.person;
  const colour = p.influence ? INFLUENCE_COLOURS[p.influence] : '#d9d9d9';
  return (
    <div
      style={{
        padding: '6px 10px',
        borderRadius: 8,
        background: '#fff',
        border: `2px solid ${colour}`,
        minWidth: 110,
        fontSize: 12,
      }}
    >
      <Handle type="target" position={Position.Left} />
      <div style={{ fontWeight: 600 }}>{p.name || t('forms.flow.newPerson')}</div>
      {p.title && <div>{p.title}</div>}
      <div style={{ color: '#8c8c8c' }}>
        {data.roleLabel}
        {p.influence && ` · ${t('forms.flow.influence')}${t(`forms.flow.influenceLevels.${p.influence}`)}`}
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}
const nodeTypes = { person: PersonNode };

export default function DecisionFlowGraph({
  flow,
  onChange,
  roleLabel,
  readOnly,
}: {
  flow: DecisionFlowValue;
  onChange: (flow: DecisionFlowValue) => void;
  roleLabel: (role: string) => string;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const { nodes, edges } = useMemo(() => {
    const levels = approvalLevels(flow);
    const byId = new Map(flow.nodes.map((n) => [n.id, n]));
    const nodes: Node<PersonData>[] = levels.flatMap((ids, x) =>
      ids.map((id, y) => ({
        id,
        type: 'person',
        position: { x: x * 190, y: y * 90 },
        data: { person: byId.get(id)!, roleLabel: roleLabel(byId.get(id)!.role) },
        draggable: false,
      })),
    );
    const edges: Edge[] = flow.edges.map((e) => ({
      id: `${e.from}->${e.to}`,
      source: e.from,
      target: e.to,
      markerEnd: { type: 'arrowclosed' } as Edge['markerEnd'],
    }));
    return { nodes, edges };
  }, [flow, roleLabel]);

  return (
    <div
      style={{ height: 260, border: '1px solid #f0f0f0', borderRadius: 8 }}
      role="img"
      aria-label={t('forms.flow.graphLabel')}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        proOptions={{ hideAttribution: true }}
        nodesConnectable={!readOnly}
        elementsSelectable={!readOnly}
        onConnect={(c: Connection) => c.source && c.target && onChange(connect(flow, c.source, c.target))}
        onEdgesDelete={(del) => onChange(del.reduce((f, e) => disconnect(f, e.source, e.target), flow))}
      >
        <Background gap={16} size={1} />
      </ReactFlow>
    </div>
  );
}
