import { describe, expect, it } from 'vitest';
import { truncatedSvd, type SparseRows } from '../../retrieval/embeddings/randomized-svd.js';

describe('randomised truncated SVD', () => {
  it('recovers the singular values of a matrix with known spectrum', () => {
    // Block-diagonal matrix: singular values 6, 4 and 2 (rows scaled unit vectors on disjoint columns).
    const rows: Array<Array<[number, number]>> = [
      [[0, 3], [1, 3], [2, 3], [3, 3]],
      [[4, 2], [5, 2], [6, 2], [7, 2]],
      [[8, 1], [9, 1], [10, 1], [11, 1]],
    ];
    const matrix: SparseRows = {
      columns: rows.map((row) => Int32Array.from(row.map(([column]) => column))),
      values: rows.map((row) => Float32Array.from(row.map(([, value]) => value))),
      columnCount: 12,
    };
    const svd = truncatedSvd(matrix, 2);
    expect(svd.rank).toBe(2);
    expect(svd.singularValues[0]).toBeCloseTo(6, 4);
    expect(svd.singularValues[1]).toBeCloseTo(4, 4);
    // The first right singular vector spans the first block's columns.
    const first = Array.from({ length: 12 }, (_, term) => Math.abs(svd.rightVectors[term * 2]!));
    expect(first.slice(0, 4).every((value) => value > 0.4)).toBe(true);
    expect(first.slice(4).every((value) => value < 1e-6)).toBe(true);
  });
});
