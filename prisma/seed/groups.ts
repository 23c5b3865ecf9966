// The participant groups of the Law on Health Insurance (2008, amended 2014), article 12.
import type { Prisma } from "@prisma/client";

import { utcDate } from "./days";

const GROUP_SET = {
  code: "LBHYT-2014",
  name: "Nhóm đối tượng theo Luật BHYT (sửa đổi 2014)",
  legalBasis: "Luật Bảo hiểm y tế 2008, sửa đổi 2014, Điều 12",
  validFrom: utcDate(2015, 1, 1),
};

// The English names are also written by migration 20261208000500_english_texts: keep both alike.
const GROUPS = [
  {
    name: "Nhóm do người lao động và người sử dụng lao động đóng",
    shortName: "Người lao động",
    nameEn: "Paid by employees and employers",
    shortNameEn: "Employees",
  },
  {
    name: "Nhóm do tổ chức bảo hiểm xã hội đóng",
    shortName: "Do BHXH đóng",
    nameEn: "Paid by the social insurance agency",
    shortNameEn: "Paid by social insurance",
  },
  {
    name: "Nhóm do ngân sách nhà nước đóng",
    shortName: "Do NSNN đóng",
    nameEn: "Paid by the state budget",
    shortNameEn: "Paid by the state",
  },
  {
    name: "Nhóm được ngân sách nhà nước hỗ trợ mức đóng",
    shortName: "NSNN hỗ trợ",
    nameEn: "Contribution supported by the state budget",
    shortNameEn: "State-supported",
  },
  {
    name: "Nhóm tham gia bảo hiểm y tế theo hộ gia đình",
    shortName: "Hộ gia đình",
    nameEn: "Enrolled by household",
    shortNameEn: "Households",
  },
] as const;

/** Ids of groups "1" … "5", in that order. */
export type GroupIds = readonly number[];

export async function insertGroupSet(tx: Prisma.TransactionClient): Promise<GroupIds> {
  const groupSet = await tx.groupSet.create({ data: GROUP_SET, select: { id: true } });
  const groups = await tx.participantGroup.createManyAndReturn({
    data: GROUPS.map((group, index) => ({
      groupSetId: groupSet.id,
      code: String(index + 1),
      ordinal: index + 1,
      ...group,
    })),
    select: { id: true, ordinal: true },
  });
  return groups.sort((a, b) => a.ordinal - b.ordinal).map((group) => group.id);
}

export function groupId(groupIds: GroupIds, groupCode: number): number {
  const id = groupIds[groupCode - 1];
  if (id === undefined) throw new Error(`Group ${groupCode} was not inserted`);
  return id;
}
