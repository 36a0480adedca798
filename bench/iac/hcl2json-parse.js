// Parses every .tf and .tfvars file under a directory with @cdktf/hcl2json (HashiCorp's HCL parser compiled
// to WebAssembly), the parse-only reference bench/iac compares Bulwark with. Prints files, bytes and the time
// spent parsing (after the WebAssembly module is loaded) as JSON.
const fs = require('fs');
const path = require('path');
const { parse } = require('@cdktf/hcl2json');

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.tf') || entry.name.endsWith('.tfvars')) out.push(full);
  }
  return out;
}

(async () => {
  const files = walk(process.argv[2], []).sort();
  await parse('warmup.tf', 'a = 1\n'); // loads the WebAssembly module
  let bytes = 0;
  let failed = 0;
  const start = process.hrtime.bigint();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    try {
      await parse(file, text);
    } catch (e) {
      failed++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ files: files.length, bytes, failed, parseSeconds: seconds }));
})();
