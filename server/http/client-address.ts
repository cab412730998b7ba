// The address a client's limits are counted against: IPv4 as is, IPv6 by its /64 (one home or phone network gets a
// whole /64, so counting single addresses would let one person use billions). Proxies count only when trusted.
import type { Request } from 'express'
import ipaddr from 'ipaddr.js'

export function addressBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  }
  if (parsed.kind() === 'ipv4') return parsed.toString()
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4)
  return `${parts.map((p) => p.toString(16)).join(':')}::/64`
}

/** The socket's address, or the forwarded one when express's `trust proxy` says the proxy is trusted. */
export const clientAddress = (req: Request) => addressBucket(req.ip ?? req.socket.remoteAddress ?? 'unknown')
