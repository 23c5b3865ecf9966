// UI text for the units area. English has exactly the same keys (checked by the type).
export const vi = {};

export const en: typeof vi = {};
