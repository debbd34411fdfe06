// The joint review report's print stylesheet (C6): only the report, no app chrome, no page splits
// inside a case, full-width tables with borders, colours kept for the equal/different tags.
export const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 14mm; }
  .ant-layout-header, .ant-layout-sider, .ant-drawer, .ant-breadcrumb, nav, .no-print,
  .ant-switch, .ant-pagination { display: none !important; }
  .ant-layout, .ant-layout-content, main { padding: 0 !important; margin: 0 !important; background: #fff !important; }
  body { background: #fff !important; }
  .joint-review-report { font-size: 11pt; color: #000; }
  .joint-review-report .distortion-case { break-inside: avoid; page-break-inside: avoid; box-shadow: none !important; border: 1px solid #999 !important; margin-bottom: 8mm; }
  .joint-review-report table { width: 100% !important; border-collapse: collapse; }
  .joint-review-report th, .joint-review-report td { border: 1px solid #bbb !important; padding: 2px 4px !important; }
  .joint-review-report .ant-table-content { overflow: visible !important; }
  .joint-review-report a { color: #000; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
