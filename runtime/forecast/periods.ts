// Period choices of the forecast page: quarters around today and the coming months.
export function quarterOf(d: Date): string {
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

export function periodChoices(today: Date): string[] {
  const out: string[] = [];
  const q0 = Math.floor(today.getMonth() / 3);
  for (let k = -2; k <= 2; k++) {
    const d = new Date(today.getFullYear(), (q0 + k) * 3, 1);
    out.push(quarterOf(d));
  }
  for (let k = 0; k < 3; k++) {
    const d = new Date(today.getFullYear(), today.getMonth() + k, 1);
    out.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}
