/** Fixed wording of the maps, in both languages. Data-driven text is composed in the renderers. */
import type { Lang } from '../lib/format.ts';

export interface MapText {
  legendTitle: string;
  launch: string;
  none: string;
  notPerCapita: string;
  credit: string;
  creditContext: string;
  workersUnit: string;
  approx: string;
  /** How the phone layout differs from a plain map, said in the SVG's description. */
  islandsNote: string;
  regionNone: string;
  regionLaunch: string;
  locatorTitle: (name: string) => string;
  locatorDesc: (name: string) => string;
}

export const MAP_TEXT: Record<Lang, MapText> = {
  id: {
    legendTitle: 'Pekerja terdaftar (angka terbit)',
    launch: 'Hadir di peluncuran provinsi, tanpa angka terbit',
    none: 'Tidak ada data terbit',
    notPerCapita: 'Angka bukan per kapita.',
    credit: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT), kode Kepmendagri 300.2.2-2430/2025',
    creditContext: 'Daratan sekitar: Natural Earth',
    workersUnit: 'pekerja terdaftar',
    approx: 'sekitar',
    islandsNote: 'Peta dibagi dua panel berskala sama agar muat di layar ponsel: atas Flores bagian barat dan Sumba, bawah Flores Timur, Lembata, Alor, Timor, Rote dan Sabu.',
    regionNone: 'tidak ada data terbit',
    regionLaunch: 'hadir di peluncuran provinsi; tidak ada angka terbit',
    locatorTitle: (name) => `Lokasi ${name} di Nusa Tenggara Timur`,
    locatorDesc: (name) => `Peta kecil NTT; ${name} disorot.`,
  },
  en: {
    legendTitle: 'Enrolled workers (published figures)',
    launch: 'At the provincial launch, no published figures',
    none: 'No published data',
    notPerCapita: 'Counts are not per capita.',
    credit: 'Boundaries: cahyadsn/wilayah_boundaries (MIT), codes Kepmendagri 300.2.2-2430/2025',
    creditContext: 'Surrounding land: Natural Earth',
    workersUnit: 'enrolled workers',
    approx: 'about',
    islandsNote: 'The map is cut into two panels at the same scale to fit a phone screen: western Flores and Sumba above; Flores Timur, Lembata, Alor, Timor, Rote and Sabu below.',
    regionNone: 'no published data',
    regionLaunch: 'at the provincial launch; no published figures',
    locatorTitle: (name) => `Location of ${name} in East Nusa Tenggara`,
    locatorDesc: (name) => `Small map of NTT with ${name} highlighted.`,
  },
};
