import * as migration_20261121_121545_initial from './20261121_121545_initial';

export const migrations = [
  {
    up: migration_20261121_121545_initial.up,
    down: migration_20261121_121545_initial.down,
    name: '20261121_121545_initial'
  },
];
