// Text compared the way Vietnamese readers expect when they type without diacritics: "bac ninh"
// finds "Bắc Ninh". One home for the folding that file headers and name searches share.

/** Lower case, without diacritics (đ → d). */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}
