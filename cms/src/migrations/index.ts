import * as migration_20261121_121545_initial from './20261121_121545_initial';
import * as migration_20261121_122540_exemplar_guid from './20261121_122540_exemplar_guid';
import * as migration_20261121_122751_editorial_workflow from './20261121_122751_editorial_workflow';
import * as migration_20261129_072043_publication_policy from './20261129_072043_publication_policy';
import * as migration_20261129_074053_council_year from './20261129_074053_council_year';
import * as migration_20261129_074333_reminders_schedule from './20261129_074333_reminders_schedule';
import * as migration_20261129_103901_events from './20261129_103901_events';
import * as migration_20261129_111749_portal_info from './20261129_111749_portal_info';
import * as migration_20261202_113329_list_indexes from './20261202_113329_list_indexes';

export const migrations = [
  {
    up: migration_20261121_121545_initial.up,
    down: migration_20261121_121545_initial.down,
    name: '20261121_121545_initial',
  },
  {
    up: migration_20261121_122540_exemplar_guid.up,
    down: migration_20261121_122540_exemplar_guid.down,
    name: '20261121_122540_exemplar_guid',
  },
  {
    up: migration_20261121_122751_editorial_workflow.up,
    down: migration_20261121_122751_editorial_workflow.down,
    name: '20261121_122751_editorial_workflow',
  },
  {
    up: migration_20261129_072043_publication_policy.up,
    down: migration_20261129_072043_publication_policy.down,
    name: '20261129_072043_publication_policy',
  },
  {
    up: migration_20261129_074053_council_year.up,
    down: migration_20261129_074053_council_year.down,
    name: '20261129_074053_council_year',
  },
  {
    up: migration_20261129_074333_reminders_schedule.up,
    down: migration_20261129_074333_reminders_schedule.down,
    name: '20261129_074333_reminders_schedule',
  },
  {
    up: migration_20261129_103901_events.up,
    down: migration_20261129_103901_events.down,
    name: '20261129_103901_events',
  },
  {
    up: migration_20261129_111749_portal_info.up,
    down: migration_20261129_111749_portal_info.down,
    name: '20261129_111749_portal_info',
  },
  {
    up: migration_20261202_113329_list_indexes.up,
    down: migration_20261202_113329_list_indexes.down,
    name: '20261202_113329_list_indexes'
  },
];
