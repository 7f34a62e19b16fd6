// eval/devset.tsv and eval/devset-b.tsv … eval/devset-dw.tsv, our own development sets, are well formed:
// a header, six tab-separated fields a row, unique ids, real dates, CAMEO roots 01–20 or '-', and
// country codes or '-'. Format only: no set is scored against the coder here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

// Each file with the number of rows it should at least have, the bounds of its share of no-event
// sentences (dev set C on follow the held-out test's mix: about 7% no-event) and the CAMEO roots it
// must cover (dev set I's writer left out 09, investigate).
for (const [file, minRows, minNone, maxNone, minRoots] of [
  ['devset.tsv', 200, 0.1, 0.25, 20],
  ['devset-b.tsv', 100, 0.1, 0.25, 20],
  ['devset-c.tsv', 150, 0.04, 0.1, 20],
  ['devset-d.tsv', 150, 0.04, 0.1, 20],
  ['devset-e.tsv', 120, 0.04, 0.1, 20],
  ['devset-f.tsv', 150, 0.04, 0.1, 20],
  ['devset-g.tsv', 150, 0.04, 0.1, 20],
  ['devset-h.tsv', 120, 0.04, 0.1, 20],
  ['devset-i.tsv', 150, 0.04, 0.1, 19],
  ['devset-j.tsv', 150, 0.04, 0.1, 20],
  ['devset-k.tsv', 150, 0.04, 0.1, 20],
  ['devset-l.tsv', 150, 0.04, 0.1, 20],
  ['devset-m.tsv', 150, 0.04, 0.1, 20],
  ['devset-n.tsv', 150, 0.04, 0.1, 20],
  ['devset-o.tsv', 150, 0.04, 0.1, 20],
  ['devset-p.tsv', 150, 0.04, 0.1, 20],
  ['devset-q.tsv', 150, 0.04, 0.1, 20],
  ['devset-r.tsv', 150, 0.04, 0.1, 20],
  ['devset-s.tsv', 150, 0.04, 0.1, 20],
  ['devset-t.tsv', 150, 0.04, 0.1, 20],
  ['devset-u.tsv', 150, 0.04, 0.1, 20],
  ['devset-v.tsv', 150, 0.04, 0.1, 20],
  ['devset-w.tsv', 150, 0.04, 0.1, 20],
  ['devset-x.tsv', 150, 0.04, 0.1, 20],
  ['devset-y.tsv', 150, 0.04, 0.1, 20],
  ['devset-z.tsv', 150, 0.04, 0.1, 20],
  ['devset-aa.tsv', 150, 0.04, 0.1, 20],
  ['devset-ab.tsv', 150, 0.04, 0.1, 20],
  ['devset-ac.tsv', 150, 0.04, 0.1, 20],
  ['devset-ad.tsv', 150, 0.04, 0.1, 20],
  ['devset-ae.tsv', 150, 0.04, 0.1, 20],
  ['devset-af.tsv', 150, 0.04, 0.1, 20],
  ['devset-ag.tsv', 150, 0.04, 0.1, 20],
  ['devset-ah.tsv', 150, 0.04, 0.1, 20],
  ['devset-ai.tsv', 150, 0.04, 0.1, 20],
  ['devset-aj.tsv', 150, 0.04, 0.1, 20],
  ['devset-ak.tsv', 150, 0.04, 0.1, 20],
  ['devset-al.tsv', 150, 0.04, 0.1, 20],
  ['devset-am.tsv', 150, 0.04, 0.1, 20],
  ['devset-an.tsv', 150, 0.04, 0.1, 20],
  ['devset-ao.tsv', 150, 0.04, 0.1, 20],
  ['devset-ap.tsv', 150, 0.04, 0.1, 20],
  ['devset-aq.tsv', 150, 0.04, 0.1, 20],
  ['devset-at.tsv', 150, 0.04, 0.1, 20],
  ['devset-ar.tsv', 150, 0.04, 0.1, 20],
  ['devset-as.tsv', 150, 0.04, 0.1, 20],
  ['devset-au.tsv', 150, 0.04, 0.1, 20],
  ['devset-av.tsv', 150, 0.04, 0.1, 20],
  ['devset-aw.tsv', 150, 0.04, 0.1, 20],
  ['devset-ax.tsv', 150, 0.04, 0.1, 20],
  ['devset-ay.tsv', 150, 0.04, 0.1, 20],
  ['devset-az.tsv', 150, 0.04, 0.1, 20],
  ['devset-ba.tsv', 150, 0.04, 0.1, 20],
  ['devset-bb.tsv', 150, 0.04, 0.1, 20],
  ['devset-bc.tsv', 150, 0.04, 0.1, 20],
  ['devset-bd.tsv', 150, 0.04, 0.1, 20],
  ['devset-be.tsv', 150, 0.04, 0.1, 20],
  ['devset-bf.tsv', 150, 0.04, 0.1, 20],
  ['devset-bg.tsv', 150, 0.04, 0.1, 20],
  ['devset-bh.tsv', 150, 0.04, 0.1, 20],
  ['devset-bi.tsv', 150, 0.04, 0.1, 20],
  ['devset-bj.tsv', 150, 0.04, 0.1, 20],
  ['devset-bk.tsv', 150, 0.04, 0.1, 20],
  ['devset-bl.tsv', 150, 0.04, 0.1, 20],
  ['devset-bm.tsv', 150, 0.04, 0.1, 20],
  ['devset-bn.tsv', 150, 0.04, 0.1, 20],
  ['devset-bo.tsv', 150, 0.04, 0.1, 20],
  ['devset-bp.tsv', 150, 0.04, 0.1, 20],
  ['devset-bq.tsv', 150, 0.04, 0.1, 20],
  ['devset-br.tsv', 150, 0.04, 0.1, 20],
  ['devset-bs.tsv', 150, 0.04, 0.1, 20],
  ['devset-bt.tsv', 150, 0.04, 0.1, 20],
  ['devset-bu.tsv', 150, 0.04, 0.1, 20],
  ['devset-bv.tsv', 150, 0.04, 0.1, 20],
  ['devset-bw.tsv', 150, 0.04, 0.1, 20],
  ['devset-bx.tsv', 150, 0.04, 0.1, 20],
  ['devset-by.tsv', 150, 0.04, 0.1, 20],
  ['devset-bz.tsv', 150, 0.04, 0.1, 20],
  ['devset-ca.tsv', 150, 0.04, 0.1, 20],
  ['devset-cb.tsv', 150, 0.04, 0.1, 20],
  ['devset-cc.tsv', 150, 0.04, 0.1, 20],
  ['devset-cd.tsv', 150, 0.04, 0.1, 20],
  ['devset-ce.tsv', 150, 0.04, 0.1, 20],
  ['devset-cf.tsv', 150, 0.04, 0.1, 20],
  ['devset-cg.tsv', 150, 0.04, 0.1, 20],
  ['devset-ch.tsv', 150, 0.04, 0.1, 20],
  ['devset-ci.tsv', 150, 0.04, 0.1, 20],
  ['devset-cj.tsv', 150, 0.04, 0.1, 20],
  ['devset-ck.tsv', 150, 0.04, 0.1, 20],
  ['devset-cl.tsv', 150, 0.04, 0.1, 20],
  ['devset-cm.tsv', 150, 0.04, 0.1, 20],
  ['devset-cn.tsv', 150, 0.04, 0.1, 20],
  ['devset-co.tsv', 150, 0.04, 0.1, 20],
  ['devset-cp.tsv', 150, 0.04, 0.1, 20],
  ['devset-cq.tsv', 150, 0.04, 0.1, 20],
  ['devset-cr.tsv', 150, 0.04, 0.1, 20],
  ['devset-cs.tsv', 150, 0.04, 0.1, 20],
  ['devset-ct.tsv', 150, 0.04, 0.1, 20],
  ['devset-cu.tsv', 150, 0.04, 0.1, 20],
  ['devset-cv.tsv', 150, 0.04, 0.1, 20],
  ['devset-cw.tsv', 150, 0.04, 0.1, 20],
  ['devset-cx.tsv', 150, 0.04, 0.1, 20],
  ['devset-cy.tsv', 150, 0.04, 0.1, 20],
  ['devset-cz.tsv', 150, 0.04, 0.1, 20],
  ['devset-da.tsv', 150, 0.04, 0.1, 20],
  ['devset-db.tsv', 150, 0.04, 0.1, 20],
  ['devset-dc.tsv', 150, 0.04, 0.1, 20],
  ['devset-dd.tsv', 150, 0.04, 0.1, 20],
  ['devset-de.tsv', 150, 0.04, 0.1, 20],
  ['devset-df.tsv', 150, 0.04, 0.1, 20],
  ['devset-dg.tsv', 150, 0.04, 0.1, 20],
  ['devset-dh.tsv', 150, 0.04, 0.1, 20],
  ['devset-di.tsv', 150, 0.04, 0.1, 20],
  ['devset-dj.tsv', 150, 0.04, 0.1, 20],
  ['devset-dk.tsv', 150, 0.04, 0.1, 20],
  ['devset-dl.tsv', 150, 0.04, 0.1, 20],
  ['devset-dm.tsv', 150, 0.04, 0.1, 20],
  ['devset-dn.tsv', 150, 0.04, 0.1, 20],
  ['devset-do.tsv', 150, 0.04, 0.1, 20],
  ['devset-dp.tsv', 150, 0.04, 0.1, 20],
  ['devset-dq.tsv', 150, 0.04, 0.1, 20],
  ['devset-dr.tsv', 150, 0.04, 0.1, 20],
  ['devset-ds.tsv', 150, 0.04, 0.1, 20],
  ['devset-dt.tsv', 150, 0.04, 0.1, 20],
  ['devset-du.tsv', 150, 0.04, 0.1, 20],
  ['devset-dv.tsv', 150, 0.04, 0.1, 20],
  ['devset-dy.tsv', 150, 0.04, 0.1, 20],
  ['devset-dx.tsv', 150, 0.04, 0.1, 20],
  ['devset-dz.tsv', 150, 0.04, 0.1, 20],
  ['devset-eb.tsv', 150, 0.04, 0.1, 20],
  ['devset-ea.tsv', 150, 0.04, 0.1, 20],
  ['devset-ed.tsv', 150, 0.04, 0.1, 20],
  ['devset-ee.tsv', 150, 0.04, 0.1, 20],
  ['devset-ef.tsv', 150, 0.04, 0.1, 20],
  ['devset-eg.tsv', 150, 0.04, 0.1, 20],
  ['devset-eh.tsv', 150, 0.04, 0.1, 20],
  ['devset-ej.tsv', 150, 0.04, 0.1, 20],
  ['devset-ek.tsv', 150, 0.04, 0.1, 20],
  ['devset-el.tsv', 150, 0.04, 0.1, 20],
  ['devset-ei.tsv', 150, 0.04, 0.1, 20],
  ['devset-em.tsv', 150, 0.04, 0.1, 20],
  ['devset-eo.tsv', 150, 0.04, 0.1, 20],
  ['devset-en.tsv', 150, 0.04, 0.1, 20],
  ['devset-ep.tsv', 150, 0.04, 0.1, 20],
  ['devset-eq.tsv', 150, 0.04, 0.1, 20],
  ['devset-er.tsv', 150, 0.04, 0.1, 20],
  ['devset-es.tsv', 150, 0.04, 0.1, 20],
  ['devset-et.tsv', 150, 0.04, 0.1, 20],
  ['devset-eu.tsv', 150, 0.04, 0.1, 20],
  ['devset-ew.tsv', 150, 0.04, 0.1, 20],
  ['devset-ex.tsv', 150, 0.04, 0.1, 20],
  ['devset-ev.tsv', 150, 0.04, 0.1, 20],
  ['devset-ey.tsv', 150, 0.04, 0.1, 20],
  ['devset-ez.tsv', 150, 0.04, 0.1, 20],
  ['devset-fb.tsv', 150, 0.04, 0.1, 20],
  ['devset-fa.tsv', 150, 0.04, 0.1, 20],
  ['devset-fc.tsv', 150, 0.04, 0.1, 20],
  ['devset-fd.tsv', 150, 0.04, 0.1, 20],
  ['devset-fe.tsv', 150, 0.04, 0.1, 20],
  ['devset-ff.tsv', 150, 0.04, 0.1, 20],
  ['devset-fg.tsv', 150, 0.04, 0.1, 20],
  ['devset-fh.tsv', 150, 0.04, 0.1, 20],
  ['devset-fi.tsv', 150, 0.04, 0.1, 20],
  ['devset-fj.tsv', 150, 0.04, 0.1, 20],
  ['devset-fk.tsv', 150, 0.04, 0.1, 20],
  ['devset-fl.tsv', 150, 0.04, 0.1, 20],
  ['devset-fm.tsv', 150, 0.04, 0.1, 20],
  ['devset-fn.tsv', 150, 0.04, 0.1, 20],
  ['devset-fo.tsv', 150, 0.04, 0.1, 20],
  ['devset-fp.tsv', 150, 0.04, 0.1, 20],
  ['devset-fq.tsv', 150, 0.04, 0.1, 20],
  ['devset-fr.tsv', 150, 0.04, 0.1, 20],
  ['devset-fv.tsv', 150, 0.04, 0.1, 20],
  ['devset-fu.tsv', 150, 0.04, 0.1, 20],
  ['devset-fs.tsv', 150, 0.04, 0.1, 20],
  ['devset-ft.tsv', 150, 0.04, 0.1, 20],
  ['devset-fy.tsv', 150, 0.04, 0.1, 20],
  ['devset-fz.tsv', 150, 0.04, 0.1, 20],
  ['devset-fw.tsv', 150, 0.04, 0.1, 20],
  ['devset-fx.tsv', 150, 0.04, 0.1, 20],
  ['devset-gb.tsv', 150, 0.04, 0.1, 20],
  ['devset-gd.tsv', 150, 0.04, 0.1, 20],
  ['devset-gc.tsv', 150, 0.04, 0.1, 20],
  ['devset-ga.tsv', 150, 0.04, 0.1, 20],
  ['devset-gf.tsv', 150, 0.04, 0.1, 20],
  ['devset-gh.tsv', 150, 0.04, 0.1, 20],
  ['devset-gg.tsv', 150, 0.04, 0.1, 20],
  ['devset-ge.tsv', 150, 0.04, 0.1, 20],
  ['devset-gi.tsv', 150, 0.04, 0.1, 20],
  ['devset-gk.tsv', 150, 0.04, 0.1, 20],
  ['devset-gl.tsv', 150, 0.04, 0.1, 20],
  ['devset-gj.tsv', 150, 0.04, 0.1, 20],
  ['devset-gp.tsv', 150, 0.04, 0.1, 20],
  ['devset-gn.tsv', 150, 0.04, 0.1, 20],
  ['devset-go.tsv', 150, 0.04, 0.1, 20],
  ['devset-gm.tsv', 150, 0.04, 0.1, 20],
  ['devset-gq.tsv', 150, 0.04, 0.1, 20],
  ['devset-gr.tsv', 150, 0.04, 0.1, 20],
  ['devset-gs.tsv', 150, 0.04, 0.1, 20],
  ['devset-gt.tsv', 150, 0.04, 0.1, 20],
  ['devset-gv.tsv', 150, 0.04, 0.1, 20],
  ['devset-gx.tsv', 150, 0.04, 0.1, 20],
  ['devset-gw.tsv', 150, 0.04, 0.1, 20],
  ['devset-gu.tsv', 150, 0.04, 0.1, 20],
  ['devset-gz.tsv', 150, 0.04, 0.1, 20],
  ['devset-hb.tsv', 150, 0.04, 0.1, 20],
  ['devset-gy.tsv', 150, 0.04, 0.1, 20],
  ['devset-ha.tsv', 150, 0.04, 0.1, 20],
  ['devset-he.tsv', 150, 0.04, 0.1, 20],
  ['devset-hf.tsv', 150, 0.04, 0.1, 20],
  ['devset-hd.tsv', 150, 0.04, 0.1, 20],
  ['devset-hc.tsv', 150, 0.04, 0.1, 20],
  ['devset-hi.tsv', 150, 0.04, 0.1, 20],
  ['devset-hj.tsv', 150, 0.04, 0.1, 20],
  ['devset-hh.tsv', 150, 0.04, 0.1, 20],
  ['devset-hg.tsv', 150, 0.04, 0.1, 20],
  ['devset-hm.tsv', 150, 0.04, 0.1, 20],
  ['devset-hl.tsv', 150, 0.04, 0.1, 20],
  ['devset-hk.tsv', 150, 0.04, 0.1, 20],
  ['devset-hn.tsv', 150, 0.04, 0.1, 20],
  ['devset-ho.tsv', 150, 0.04, 0.1, 20],
  ['devset-hp.tsv', 150, 0.04, 0.1, 20],
  ['devset-hq.tsv', 150, 0.04, 0.1, 20],
  ['devset-hr.tsv', 150, 0.04, 0.1, 20],
  ['devset-hv.tsv', 150, 0.04, 0.1, 20],
  ['devset-hs.tsv', 150, 0.04, 0.1, 20],
  ['devset-ht.tsv', 150, 0.04, 0.1, 20],
  ['devset-hu.tsv', 150, 0.04, 0.1, 20],
  ['devset-hx.tsv', 150, 0.04, 0.1, 20],
  ['devset-hz.tsv', 150, 0.04, 0.1, 20],
  ['devset-hy.tsv', 150, 0.04, 0.1, 20],
  ['devset-hw.tsv', 150, 0.04, 0.1, 20],
  ['devset-ec.tsv', 150, 0.04, 0.1, 20],
  ['devset-dw.tsv', 150, 0.04, 0.1, 20],
] as const) {
  const lines = readFileSync(join(root, 'eval', file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [header, ...body] = lines;
  const rows = body.map((l) => l.split('\t'));

  describe(`eval/${file}`, () => {
    it('has the header id, date, root, source, target, text', () => {
      expect(header?.split('\t')).toEqual(['id', 'date', 'root', 'source', 'target', 'text']);
    });

    it(`has at least ${minRows} rows of six non-empty fields with unique ids`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(minRows);
      for (const r of rows) {
        expect(r, r.join(' | ')).toHaveLength(6);
        for (const f of r) expect(f.trim(), r.join(' | ')).not.toBe('');
      }
      expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    });

    it('has real dates, valid roots and country codes', () => {
      const roots = new Set(['-', ...Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'))]);
      for (const [id, date, rootCode, source, target] of rows) {
        expect(date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), id).toBe(date);
        expect(roots.has(rootCode!), `${id} root ${rootCode}`).toBe(true);
        expect(source, id).toMatch(/^([A-Z]{3}|-)$/);
        expect(target, id).toMatch(/^([A-Z]{3}|-)$/);
        // A no-event row names no actors; an event row names at least one.
        if (rootCode === '-') expect([source, target], id).toEqual(['-', '-']);
        else expect(source !== '-' || target !== '-', id).toBe(true);
      }
    });

    it(`covers ${minRoots} CAMEO roots and ${minNone * 100}–${maxNone * 100}% no-event sentences`, () => {
      const used = new Set(rows.map((r) => r[2]).filter((r) => r !== '-'));
      expect(used.size).toBeGreaterThanOrEqual(minRoots);
      const none = rows.filter((r) => r[2] === '-').length / rows.length;
      expect(none).toBeGreaterThan(minNone);
      expect(none).toBeLessThan(maxNone);
    });
  });
}
