import { createRequire } from 'node:module';

/**
 * The font files the pictures are drawn with, shipped by npm packages (Noto Sans and Noto Sans
 * Arabic, SIL Open Font License): the rasteriser loads these and never the system's fonts, so a
 * picture looks the same on every machine.
 */
export function pictureFontFiles(): string[] {
  const resolve = createRequire(import.meta.url).resolve;
  return [
    '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
    '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  ].map((file) => resolve(file));
}
