// orm/flyway-clean: `flyway clean` drops every object in the configured schemas.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/flyway-clean',
    title: 'Flyway clean',
    severity: 'destructive',
    category: 'destructive',
    why: 'flyway clean drops every table, view and procedure in the configured schemas, with all their data.',
    saferAlternative: 'Keep cleanDisabled=true outside throwaway databases; check flyway.url before running it.',
    messages: {
      clean: 'flyway clean would drop every object in the schemas flyway is configured for.',
    },
  },
  commands: ['flyway', 'docker', 'podman'],
  match(command) {
    const { name: tool, argv } = command;
    // The official image runs flyway as its entrypoint: `docker run --rm flyway/flyway clean`.
    const inContainer = (tool === 'docker' || tool === 'podman') && argv.some((w) => /(^|\/)flyway(:[\w.-]+)?$/.test(w));
    if (tool !== 'flyway' && !inContainer) return null;
    return operands(argv).includes('clean') ? { messageId: 'clean' } : null;
  },
};
