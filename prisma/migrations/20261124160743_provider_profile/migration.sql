-- AlterTable
ALTER TABLE "ProviderSettings" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "displayName" TEXT,
ADD COLUMN     "headline" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "website" TEXT;
