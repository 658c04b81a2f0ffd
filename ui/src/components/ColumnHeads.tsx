/** A table's header row: one column header (`scope="col"`) a name. */
export function ColumnHeads({ names }: { names: string[] }) {
  return (
    <thead>
      <tr>
        {names.map((name) => <th key={name} scope="col">{name}</th>)}
      </tr>
    </thead>
  );
}
