// UI text for the plans area. English has exactly the same keys (checked by the type).
export const vi = {};

export const en: typeof vi = {};
