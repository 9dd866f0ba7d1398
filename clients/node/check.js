#!/usr/bin/env node
// Node.js client check: proves the tradepact v1 API works from another language with
// off-the-shelf tooling (@grpc/grpc-js + @grpc/proto-loader loading the .proto files).
//
//   node clients/node/check.js --address HOST:PORT --token JWT
//        [--download CONTRACT_ID --expect-sha256 HEX [--format pdf|docx]]
//        [--tls-ca CA.pem] [--timeout SECONDS]
//
// Calls grpc.health.v1.Health/Check (expects SERVING) and TermsService/ExtractTerms on a
// small transcript (expects an Incoterm back); with --download, streams DownloadContract and
// checks that the SHA-256 of the bytes equals the header's and the expected one. Prints one
// line of JSON and exits non-zero on any failure.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');
const grpc = require(require.resolve('@grpc/grpc-js', { paths: [REPO] }));
const protoLoader = require(require.resolve('@grpc/proto-loader', { paths: [REPO] }));

function parseArgs(argv) {
  const args = { format: 'pdf', timeout: 30 };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    if (!name.startsWith('--')) throw new Error(`unexpected argument ${name}`);
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${name} needs a value`);
    const key = name.slice(2).replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
    args[key] = value;
    i += 1;
  }
  if (!args.address) throw new Error('--address is required');
  if (args.download && !args.expectSha256) throw new Error('--download needs --expect-sha256');
  return args;
}

function loadApi() {
  const files = ['common', 'terms', 'contracts', 'escrow'].map(
    (name) => `tradepact/v1/${name}.proto`);
  const definition = protoLoader.loadSync([...files, 'grpc/health/v1/health.proto'], {
    keepCase: true,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
    includeDirs: [path.join(REPO, 'protos'), path.join(__dirname, 'protos')],
  });
  return grpc.loadPackageDefinition(definition);
}

function deadline(seconds) {
  return new Date(Date.now() + seconds * 1000);
}

function unary(client, method, request, metadata, seconds) {
  return new Promise((resolve, reject) => {
    client[method](request, metadata, { deadline: deadline(seconds) }, (err, response) => {
      if (err) reject(new Error(`${method}: ${grpc.status[err.code]}: ${err.details}`));
      else resolve(response);
    });
  });
}

function download(client, request, metadata, seconds) {
  return new Promise((resolve, reject) => {
    const call = client.DownloadContract(request, metadata, { deadline: deadline(seconds) });
    const hash = crypto.createHash('sha256');
    let header = null;
    let size = 0;
    call.on('data', (part) => {
      if (part.part === 'header' && header === null) {
        header = part.header;
      } else if (part.part === 'chunk' && header !== null) {
        hash.update(part.chunk);
        size += part.chunk.length;
      } else {
        call.cancel();
        reject(new Error('DownloadContract: stream did not start with exactly one header'));
      }
    });
    call.on('error', (err) => reject(
      new Error(`DownloadContract: ${grpc.status[err.code]}: ${err.details}`)));
    call.on('end', () => {
      if (header === null) reject(new Error('DownloadContract: no header'));
      else resolve({ header, size, sha256: hash.digest('hex') });
    });
  });
}

const TRANSCRIPT = {
  messages: [
    { role: 'ROLE_BUYER', author: 'Anna', text: 'Please quote 3000 pcs FOB Ningbo.' },
    { role: 'ROLE_SELLER', author: 'Li', text: 'FOB Ningbo USD 2.80/pc, 30% T/T deposit.' },
    { role: 'ROLE_BUYER', author: 'Anna', text: 'OK, deal.' },
  ],
};

async function check(args) {
  const api = loadApi();
  const credentials = args.tlsCa
    ? grpc.credentials.createSsl(fs.readFileSync(args.tlsCa))
    : grpc.credentials.createInsecure();
  const metadata = new grpc.Metadata();
  if (args.token) metadata.set('authorization', `Bearer ${args.token}`);
  const seconds = Number(args.timeout);
  const v1 = api.tradepact.v1;
  const health = new api.grpc.health.v1.Health(args.address, credentials);
  const terms = new v1.TermsService(args.address, credentials);
  const contracts = new v1.ContractService(args.address, credentials);
  const result = { ok: false };
  try {
    const status = await unary(health, 'Check', { service: '' }, new grpc.Metadata(), seconds);
    result.health = status.status;
    if (status.status !== 'SERVING') throw new Error(`health is ${status.status}, not SERVING`);

    const extracted = await unary(terms, 'ExtractTerms', { transcript: TRANSCRIPT }, metadata,
      seconds);
    const incoterm = extracted.terms && extracted.terms.incoterm;
    result.incoterm = incoterm ? incoterm.rule : null;
    result.namedPlace = incoterm ? incoterm.named_place : null;
    if (!incoterm || incoterm.rule === 'INCOTERM_RULE_UNSPECIFIED') {
      throw new Error('ExtractTerms returned no Incoterm');
    }

    if (args.download) {
      const format = `DOCUMENT_FORMAT_${String(args.format).toUpperCase()}`;
      const got = await download(contracts, { contract_id: args.download, format }, metadata,
        seconds);
      result.download = {
        contractId: args.download, sizeBytes: got.size, sha256: got.sha256,
        headerSha256: got.header.sha256, expectedSha256: args.expectSha256.toLowerCase(),
      };
      if (got.sha256 !== got.header.sha256) {
        throw new Error('downloaded bytes do not match the header SHA-256');
      }
      if (got.sha256 !== args.expectSha256.toLowerCase()) {
        throw new Error('downloaded bytes do not match the expected SHA-256');
      }
      if (String(got.size) !== String(got.header.size_bytes)) {
        throw new Error(`downloaded ${got.size} bytes, header says ${got.header.size_bytes}`);
      }
    }
    result.ok = true;
  } catch (err) {
    result.error = err.message;
  } finally {
    health.close();
    terms.close();
    contracts.close();
  }
  return result;
}

async function main() {
  let result;
  try {
    result = await check(parseArgs(process.argv.slice(2)));
  } catch (err) {
    result = { ok: false, error: err.message };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exitCode = result.ok ? 0 : 1;
}

main();
