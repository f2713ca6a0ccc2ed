// Apart from ./schemas, whose password rules carry a long word list that client forms must not ship.
export const DEPARTMENT_KIND_LABELS = { municipal: "市直部门", district: "区市" } as const;
