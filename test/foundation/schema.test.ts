// The versioned schema validates every load and names the place of the first problem.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors';
import { decodeGazette, encodeGazette } from '../../shared/model/gazette-file';
import type { Issue } from '../../shared/model/issue';
import { validateIssue } from '../../shared/model/validate-issue';
import { getProfile, profileIds } from '../../shared/profiles';

function sampleIssue(): Issue {
  return {
    formatVersion: 1,
    meta: { name: '示例市人民政府公报', year: 2024, issue: 3, cumulative: 58 },
    profile: getProfile(),
    sections: [
      {
        id: 's1',
        title: '市政府文件',
        articles: [
          {
            id: 'a1',
            kind: 'document',
            meta: { title: '示例市人民政府关于测试的通知', docNo: '示政发〔2024〕1号', date: '2024-02-20' },
            body: [
              { type: 'heading', level: 1, children: [{ text: '一、总体要求' }] },
              { type: 'paragraph', children: [{ text: '正文。' }] },
              {
                type: 'table',
                headerRows: 1,
                children: [
                  { type: 'table-row', children: [{ type: 'table-cell', colSpan: 2, children: [{ type: 'paragraph', children: [{ text: '表头' }] }] }] },
                  {
                    type: 'table-row',
                    children: [
                      { type: 'table-cell', children: [{ type: 'paragraph', children: [{ text: '甲' }] }] },
                      { type: 'table-cell', children: [{ type: 'paragraph', children: [{ text: '乙' }] }] },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    front: { cover: true, board: true, toc: true },
    back: { backCover: true },
  };
}

function problem(raw: unknown): string {
  try {
    validateIssue(raw, 'x.gazette', 'issue.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).describe();
  }
  throw new Error('expected a validation error');
}

describe('issue schema', () => {
  it('accepts a valid issue and round-trips it through a .gazette', () => {
    const issue = sampleIssue();
    expect(validateIssue(issue, 'x')).toEqual(issue);
    const assets = new Map([['logo.png', new Uint8Array([1, 2, 3])]]);
    const back = decodeGazette(encodeGazette(issue, assets), 'x.gazette');
    expect(back.issue).toEqual(issue);
    expect(back.assets.get('logo.png')).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('names the path of a bad block', () => {
    const issue = sampleIssue() as unknown as { sections: Array<{ articles: Array<{ body: unknown[] }> }> };
    issue.sections[0]!.articles[0]!.body[1] = { type: 'paragraf', children: [{ text: 'x' }] };
    expect(problem(issue)).toMatch(/^x\.gazette: issue\.json: sections\[0\]\.articles\[0\]\.body\[1\]/);
  });

  it('names an unknown field and a malformed date', () => {
    const a = sampleIssue() as unknown as Record<string, unknown>;
    a.extra = 1;
    expect(problem(a)).toMatch(/未知字段 "extra"/);
    const b = sampleIssue();
    b.sections[0]!.articles[0]!.meta.date = '2024年2月20日';
    expect(problem(b)).toMatch(/sections\[0\]\.articles\[0\]\.meta\.date: 日期应为 YYYY-MM-DD/);
  });

  it('refuses a newer format version and a missing one', () => {
    expect(problem({ ...sampleIssue(), formatVersion: 7 })).toMatch(/formatVersion: 文件格式版本 7 比本程序支持的版本 1 新/);
    const { formatVersion: _, ...noVersion } = sampleIssue();
    expect(problem(noVersion)).toMatch(/formatVersion: 缺少有效的格式版本号/);
  });

  it('every built-in profile validates', () => {
    for (const id of profileIds()) expect(getProfile(id).id).toBe(id);
  });
});
