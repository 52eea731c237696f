import { describe, expect, it } from 'vitest';
import { BOUNDARY_CREDIT, licenceNotice } from '../../scripts/geo/licence-notice.ts';

const SQL = `/*
filename  : x.sql
================================================================================
MIT License

Permission is hereby granted, free of charge, to any person.

copyright (c) 2025 by someone; someone@example.org
================================================================================
*/
INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES ('53.01','Kabupaten Kupang',0,0,'[]');`;

describe('licenceNotice', () => {
  it('carries the credit, the MIT text and the copyright line of the boundary file', () => {
    const notice = licenceNotice(SQL);
    expect(notice.startsWith(BOUNDARY_CREDIT)).toBe(true);
    expect(notice).toContain('MIT License\n\nPermission is hereby granted');
    expect(notice).toContain('copyright (c) 2025 by someone; someone@example.org');
    expect(notice).not.toContain('INSERT INTO');
  });
  it('refuses a file without a licence rather than publishing derivatives without one', () => {
    expect(() => licenceNotice("INSERT INTO t VALUES ('a');")).toThrow(/no MIT licence/);
  });
});
