// Compiles several Typst sources to PDF in ONE node process through
// @myriaddreamin/typst-ts-node-compiler (Typst's own compiler, as a native module), to
// separate start-up (node, the module, the fonts) from the time per document, as
// bench/weasyprint_batch.py does for WeasyPrint. Used only by scripts/bench.
//
// Usage: NODE_PATH=DIR/node_modules node bench/typst_batch.js OUT_DIR FONT_DIR... -- IN.typ...
// Prints one line: "<start-up s> <first document s> <median s of the other documents> <count> <pages>".
const t0 = process.hrtime.bigint();
const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler");
const fs = require("fs");
const path = require("path");

const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;
const args = process.argv.slice(2);
const split = args.indexOf("--");
if (split < 1 || split === args.length - 1) {
  console.error("usage: typst_batch.js OUT_DIR FONT_DIR... -- IN.typ...");
  process.exit(2);
}
const [outDir, ...fontDirs] = args.slice(0, split);
const inputs = args.slice(split + 1);
fs.mkdirSync(outDir, { recursive: true });
const compiler = NodeCompiler.create({ workspace: "/", fontArgs: [{ fontPaths: fontDirs }] });
const startup = seconds(t0);

const times = [];
let pages = 0;
for (const input of inputs) {
  const t = process.hrtime.bigint();
  const source = fs.readFileSync(input, "utf8");
  const result = compiler.compile({ mainFileContent: source });
  const doc = result.result;
  if (!doc) {
    console.error(`typst: ${input}: ${JSON.stringify(compiler.fetchDiagnostics(result.takeDiagnostics()))}`);
    process.exit(1);
  }
  const pdf = compiler.pdf(doc);
  fs.writeFileSync(path.join(outDir, path.basename(input, ".typ") + ".pdf"), pdf);
  times.push(seconds(t));
  pages += doc.numOfPages;
  compiler.evictCache(10);  // what a long-running process would do between documents
}
const rest = times.length > 1 ? times.slice(1).sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)] : times[0];
console.log(`${startup.toFixed(3)} ${times[0].toFixed(3)} ${rest.toFixed(3)} ${times.length} ${pages}`);
