import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { Endpoint, PayloadRequest } from 'payload'
import { roleOf } from '../access/roles.ts'
import { dataDir } from '../paths.ts'
import { BACKUP_NAME } from './backupFormat.ts'
import { backupDirectory } from './backupDirectory.ts'
import { listBackups } from './createBackup.ts'
import { backupRunningCms } from './payloadBackup.ts'
import { refuseRequest as refuse } from '../security/refusalResponse.ts'

const adminOnly = (req: PayloadRequest) =>
  !req.user ? refuse(401, 'Cần đăng nhập.') : roleOf(req) !== 'admin' ? refuse(403, 'Chỉ quản trị viên được sao lưu và tải bản sao lưu.') : undefined

/** `GET /api/backups`: the archives kept, newest first (administrators). */
export const listBackupsEndpoint: Endpoint = {
  path: '/backups',
  method: 'get',
  handler: async (req) => adminOnly(req) ?? Response.json({ backups: listBackups(backupDirectory(dataDir())) }, { headers: { 'Cache-Control': 'no-store' } }),
}

/** `POST /api/backups`: a backup now, of the running system. */
export const createBackupEndpoint: Endpoint = {
  path: '/backups',
  method: 'post',
  handler: async (req) => {
    const refusal = adminOnly(req)
    if (refusal) return refusal
    const { file, manifest } = await backupRunningCms(req.payload)
    return Response.json({ name: path.basename(file), bytes: fs.statSync(file).size, counts: manifest.counts, files: manifest.files.length, missingFiles: manifest.missingFiles }, { status: 201, headers: { 'Cache-Control': 'no-store' } })
  },
}

/** `GET /api/backups/:name`: downloads one archive. */
export const downloadBackupEndpoint: Endpoint = {
  path: '/backups/:name',
  method: 'get',
  handler: async (req) => {
    const refusal = adminOnly(req)
    if (refusal) return refusal
    const name = String(req.routeParams?.name ?? '')
    if (!BACKUP_NAME.test(name)) return refuse(400, 'Tên bản sao lưu không hợp lệ.')
    const file = path.join(backupDirectory(dataDir()), name)
    if (!fs.existsSync(file)) return refuse(404, 'Không có bản sao lưu này (có thể đã bị xoá theo chế độ giữ bản sao).')
    // Streamed: an archive can be larger than the memory the server should spend on one download.
    return new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream, {
      headers: { 'Content-Type': 'application/gzip', 'Content-Length': String(fs.statSync(file).size), 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
    })
  },
}

export const backupEndpoints = [listBackupsEndpoint, createBackupEndpoint, downloadBackupEndpoint]
