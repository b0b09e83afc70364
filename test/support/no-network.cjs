// Loaded with `node --require` by test/unit/security.test.ts: every way a Node program reaches the
// network (a TCP or IPC connection, a listening server, a UDP socket, a DNS lookup; http, https and
// fetch all end in one of these) is refused, and written to stderr so the test can see it even when
// the program catches the error.
'use strict';
const net = require('node:net');
const dgram = require('node:dgram');
const dns = require('node:dns');

function refuse(what) {
  const message = `NETWORK-USE: ${what}`;
  process.stderr.write(`${message}\n`);
  throw new Error(message);
}

net.Socket.prototype.connect = function connect(...args) {
  refuse(`connect ${JSON.stringify(args[0])}`);
};
net.Server.prototype.listen = function listen(...args) {
  refuse(`listen ${JSON.stringify(args[0])}`);
};
dgram.createSocket = () => refuse('UDP socket');
dns.lookup = (host) => refuse(`DNS lookup of ${host}`);
dns.resolve = (host) => refuse(`DNS query for ${host}`);
dns.promises.lookup = async (host) => refuse(`DNS lookup of ${host}`);
