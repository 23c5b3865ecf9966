-- Group sets by law period: a group of a new set names the groups of the previous set it continues,
-- so that comparisons and warnings across the boundary match groups by this mapping, not by code.
-- CreateTable
CREATE TABLE "group_succession" (
    "group_id" INTEGER NOT NULL,
    "predecessor_id" INTEGER NOT NULL,

    CONSTRAINT "group_succession_pkey" PRIMARY KEY ("group_id","predecessor_id")
);

-- CreateIndex
CREATE INDEX "group_succession_predecessor_id_idx" ON "group_succession"("predecessor_id");

-- AddForeignKey
ALTER TABLE "group_succession" ADD CONSTRAINT "group_succession_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "participant_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_succession" ADD CONSTRAINT "group_succession_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "participant_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
