// Build-time only: wraps a TeaVM bundle in an IIFE, minifies it with terser and, when TeaVM wrote a source map
// next to it, prints where the minified bytes come from ("[js-size]" lines, one per Java class or runtime part).
//
//   node bundle.js <teavm output> <minified output>
//   node bundle.js --loader <loader source> <minified core> <SdkVersion.java> <minified output>
//
// The second form builds embed.js, the hand-written loader (src/main/js/embed.js): it fills in the SDK's version (read
// from SdkVersion.java, where it is declared once) and the sha384 integrity value of the minified core it inserts.
//
// The breakdown follows TeaVM's source map through terser's: each minified byte belongs to the Java file its
// segment maps to; bytes with no mapping are TeaVM's runtime and the glue it writes around classes. "gzip" is the
// marginal cost: how much smaller the gzip file gets without that part's bytes (what cutting it would save).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { minify } = require('terser');
const { TraceMap, eachMapping } = require('@jridgewell/trace-mapping');

const crypto = require('crypto');

const LOADER = process.argv[2] === '--loader';
const [input, output] = LOADER ? [] : process.argv.slice(2);
const mapFile = input + '.map';
const name = output && path.basename(output);
const TERSER = { compress: { passes: 2 }, mangle: true };

async function loader(source, core, versionSource, out) {
  const version = /VERSION = "([^"]+)"/.exec(fs.readFileSync(versionSource, 'utf8'));
  if (!version) {
    throw new Error(versionSource + ' declares no VERSION = "…"');
  }
  const integrity = 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(core)).digest('base64');
  const filled = fs.readFileSync(source, 'utf8').split('${version}').join(version[1]).replace('${integrity}', integrity);
  fs.writeFileSync(out, (await minify(filled, TERSER)).code);
}

async function main() {
  // TeaVM ends its output with a sourceMappingURL comment when it writes a map; it is not part of the bundle.
  const code = '(function(){' + fs.readFileSync(input, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')
      + 'start();})();';
  const withMap = fs.existsSync(mapFile);
  const options = { ...TERSER };
  if (withMap) {
    // The IIFE header shifts line 1 by its length; TeaVM's first line is runtime, never mapped code.
    options.sourceMap = { content: fs.readFileSync(mapFile, 'utf8') };
  }
  const result = await minify(code, options);
  fs.writeFileSync(output, result.code);
  if (withMap) {
    report(result.code, result.map);
  }
}

/** The part a source file belongs to: its class (simple name, TeaVM's T prefix dropped for the class library). */
function partOf(source) {
  if (!source) {
    return 'TeaVM runtime, @JSBody scripts, class metadata';
  }
  const file = source.replace(/^.*\//, '').replace(/\.java$/, '');
  return source.indexOf('org/teavm/') >= 0 ? 'teavm:' + file.replace(/^T(?=[A-Z])/, '') : file;
}

function report(code, map) {
  const lines = code.split('\n');
  const parts = new Map(); // part -> array of [line, start, end]
  const segments = [];
  eachMapping(new TraceMap(map), (m) => segments.push(m));
  segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  // Bytes before the first mapping and between mapped runs belong to the segment that starts there.
  let cursor = { line: 1, column: 0, part: partOf(null) };
  const add = (part, line, start, end) => {
    if (end > start) {
      if (!parts.has(part)) parts.set(part, []);
      parts.get(part).push([line, start, end]);
    }
  };
  const advance = (line, column) => {
    while (cursor.line < line) {
      add(cursor.part, cursor.line, cursor.column, lines[cursor.line - 1].length + 1);
      cursor.line++;
      cursor.column = 0;
    }
    add(cursor.part, cursor.line, cursor.column, column);
    cursor.column = column;
  };
  for (const m of segments) {
    advance(m.generatedLine, m.generatedColumn);
    cursor.part = partOf(m.source);
  }
  advance(lines.length, lines[lines.length - 1].length);

  const gzip = (text) => zlib.gzipSync(text, {}).length;
  const total = gzip(code);
  const rows = [];
  for (const [part, ranges] of parts) {
    const mask = lines.map((l) => Array.from(l + '\n'));
    let raw = 0;
    for (const [line, start, end] of ranges) {
      raw += end - start;
      for (let i = start; i < end; i++) mask[line - 1][i] = '';
    }
    rows.push([part, raw, total - gzip(mask.map((l) => l.join('')).join(''))]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  console.log(`[js-size] ${name} by part (raw bytes, gzip bytes saved without it; gzip ${total}):`);
  for (const [part, raw, saved] of rows) {
    console.log(`[js-size]   ${name} ${part}: ${raw} raw, ${saved} gzip`);
  }
}

(LOADER ? loader(...process.argv.slice(3)) : main()).catch((e) => {
  console.error(e);
  process.exit(1);
});
