-- AlterTable
ALTER TABLE "ProviderSettings" ADD COLUMN     "location" TEXT;
