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
  regionNone: string;
  regionLaunch: string;
  locatorTitle: (name: string) => string;
  locatorDesc: (name: string) => string;
}

export const MAP_TEXT: Record<Lang, MapText> = {
  id: {
    legendTitle: 'Pekerja terdaftar (angka terbit)',
    launch: 'Disebut di berita peluncuran provinsi, tanpa angka terbit',
    none: 'Tidak ada data terbit',
    notPerCapita: 'Angka bukan per kapita.',
    credit: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT), kode Kepmendagri 300.2.2-2430/2025',
    creditContext: 'Daratan sekitar: Natural Earth',
    workersUnit: 'pekerja terdaftar',
    regionNone: 'tidak ada data terbit',
    regionLaunch: 'disebut di berita peluncuran provinsi; tidak ada angka terbit',
    locatorTitle: (name) => `Lokasi ${name} di Nusa Tenggara Timur`,
    locatorDesc: (name) => `Peta kecil NTT; ${name} disorot.`,
  },
  en: {
    legendTitle: 'Enrolled workers (published figures)',
    launch: 'Named in the provincial launch report, no published figures',
    none: 'No published data',
    notPerCapita: 'Counts are not per capita.',
    credit: 'Boundaries: cahyadsn/wilayah_boundaries (MIT), codes Kepmendagri 300.2.2-2430/2025',
    creditContext: 'Surrounding land: Natural Earth',
    workersUnit: 'enrolled workers',
    regionNone: 'no published data',
    regionLaunch: 'named in the provincial launch report; no published figures',
    locatorTitle: (name) => `Location of ${name} in East Nusa Tenggara`,
    locatorDesc: (name) => `Small map of NTT with ${name} highlighted.`,
  },
};
