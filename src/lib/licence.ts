/**
 * What a reuser may do with the files, stated as it stands: the newsroom has
 * not chosen a licence for its compilation yet, so none is claimed. Report
 * quotes stay the outlets' copyright; the boundaries are MIT.
 */
export const DATA_LICENCE = {
  id: 'Lisensi kompilasi data belum ditetapkan redaksi: kutip dengan menyebut situs ini dan berita aslinya. Kutipan berita: hak cipta media masing-masing. Batas wilayah: cahyadsn/wilayah_boundaries (MIT).',
  en: 'The newsroom has not yet chosen a licence for this compilation: cite this site and the original reports. Report quotes: copyright of each outlet. Boundaries: cahyadsn/wilayah_boundaries (MIT).',
} as const;
