// Reads a kubectl-family command (kubectl, oc, kubecolor, the `k` alias, `microk8s kubectl`, `k3s kubectl`,
// `minikube kubectl --`): its verb, the resource types it names and the flags that widen it. Shared by the kubernetes rules.
import { hasFlag, hasWord, operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';
import { lookupTable } from '../lookup-table';

const TOOLS = new Set(['kubectl', 'oc', 'k', 'kubecolor', 'microk8s.kubectl']);
const HOSTS = new Set(['microk8s', 'k3s', 'minikube', 'k0s']);
/** The command names readKubectl reads: the tools themselves and the distributions that bundle one. */
export const KUBECTL_COMMANDS: readonly string[] = [...TOOLS, ...HOSTS];

/** Options that take a separate value, so their values are not read as verbs or resources. */
const VALUE_FLAGS = [
  '-n', '--namespace', '--context', '--cluster', '--user', '--kubeconfig', '-s', '--server', '--token', '--as', '--as-group',
  '--as-uid', '-l', '--selector', '--field-selector', '-f', '--filename', '-k', '--kustomize', '-o', '--output', '--grace-period',
  '--timeout', '-c', '--container', '--replicas', '--current-replicas', '--resource-version', '--for', '--pod-selector',
  '--request-timeout', '--certificate-authority', '--client-certificate', '--client-key', '--cascade', '--prune-allowlist',
  '--field-manager', '--chunk-size', '--template', '--type', '-p', '--patch',
];

/** Short names and plurals → the singular kind name (lower case), as `kubectl api-resources` lists them. */
const SHORT_NAMES: Record<string, string> = lookupTable({
  ns: 'namespace', pv: 'persistentvolume', pvc: 'persistentvolumeclaim', sts: 'statefulset', deploy: 'deployment',
  ds: 'daemonset', rs: 'replicaset', svc: 'service', cm: 'configmap', ing: 'ingress', crd: 'customresourcedefinition',
  crds: 'customresourcedefinition', po: 'pod', cj: 'cronjob', no: 'node', sa: 'serviceaccount', ep: 'endpoints',
  ev: 'event', hpa: 'horizontalpodautoscaler', netpol: 'networkpolicy', pdb: 'poddisruptionbudget', sc: 'storageclass',
  rc: 'replicationcontroller', csr: 'certificatesigningrequest', vs: 'volumesnapshot', proj: 'project',
});

/** `Deployments.apps` → `deployment`, `sts` → `statefulset`, `PVC` → `persistentvolumeclaim`. */
export function kindOf(word: string): string {
  const dot = word.indexOf('.');
  const lower = (dot < 0 ? word : word.slice(0, dot)).toLowerCase();
  if (SHORT_NAMES[lower]) return SHORT_NAMES[lower];
  if (lower.endsWith('sses') || lower.endsWith('ies')) return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -2);
  if (lower.endsWith('s') && lower !== 'endpoints' && lower !== 'ingress') return lower.slice(0, -1);
  return lower;
}

export interface KubectlCommand {
  tool: string;
  verb: string;
  /** The words after the verb that are not options, as written. */
  words: string[];
  /** Resource kinds named after the verb: `delete deploy,svc x` and `delete deploy/x sts/y` both give two. */
  kinds: string[];
  /** Names after the kind(s): `delete ns staging` → `['staging']`; `delete deploy/api` → `['api']`. */
  names: string[];
  argv: string[];
  /** `-A` / `--all-namespaces`. */
  allNamespaces: boolean;
  /** `--dry-run`, `--dry-run=client|server`: nothing is changed. */
  dryRun: boolean;
  /** `--all`. */
  all: boolean;
  /** `-f` / `--filename` / `-k` / `--kustomize` given. */
  fromFiles: boolean;
  namespace?: string;
}

/** Most rules of this pack read the same kubectl command: it is read once per command. */
export const readKubectl = readOnce(readKubectlCommand, KUBECTL_COMMANDS);

function readKubectlCommand(command: SimpleCommand): KubectlCommand | null {
  let argv = command.argv;
  let tool = command.name;
  if (HOSTS.has(tool) && argv[1] === 'kubectl') {
    argv = argv.slice(1).filter((w, i) => !(i === 1 && w === '--'));
    tool = `${command.name} kubectl`;
  } else if (!TOOLS.has(tool)) {
    return null;
  }
  const words = operands(argv, VALUE_FLAGS);
  const verb = words[0] ?? '';
  const first = words[1];
  const kinds: string[] = [];
  const names: string[] = [];
  // Read by index, without copies of the words: every kubectl command of every line comes through here.
  if (first?.includes('/')) {
    for (let i = 1; i < words.length; i++) {
      const slash = words[i].indexOf('/');
      if (slash < 0) continue;
      kinds.push(kindOf(words[i].slice(0, slash)));
      names.push(words[i].slice(slash + 1));
    }
  } else if (first !== undefined) {
    for (const kind of first.split(',')) if (kind) kinds.push(kindOf(kind));
    for (let i = 2; i < words.length; i++) names.push(words[i]);
  }
  // `kubectl get ns -o name | xargs kubectl delete`: the names come from the pipe, the kinds from the listing.
  if (kinds.length === 0 && command.via.includes('xargs')) {
    const listing = [...command.pipelineBefore].reverse().map(readKubectl).find((k) => k?.verb === 'get');
    if (listing) {
      kinds.push(...listing.kinds);
      names.push('(names read from the pipe)');
    }
  }
  const nsAt = argv.findIndex((w) => w === '-n' || w === '--namespace');
  const nsEq = argv.find((w) => w.startsWith('--namespace=') || /^-n[^-]/.test(w));
  const namespace = nsAt > 0 ? argv[nsAt + 1] : nsEq?.replace(/^--namespace=|^-n=?/, '');
  return {
    tool,
    verb: verb.toLowerCase(),
    words: words.slice(1),
    kinds,
    names,
    argv,
    allNamespaces: hasFlag(argv, 'A', '--all-namespaces'),
    all: hasWord(argv, '--all'),
    dryRun: argv.some((w) => /^--dry-run(=(client|server|true))?$/.test(w)),
    fromFiles: hasFlag(argv, 'fk', '--filename', '--kustomize'),
    namespace,
  };
}

/** Kinds whose deletion Kubernetes undoes by itself or that hold no state: deleting them is everyday work. */
export const SELF_HEALING_KINDS = new Set(['pod', 'job', 'event', 'replicaset', 'endpoints', 'endpointslice', 'lease', 'podmetric', 'controllerrevision']);
/** Kinds whose deletion removes stored data. */
export const STORAGE_KINDS = new Set(['persistentvolume', 'persistentvolumeclaim', 'volumesnapshot', 'volumesnapshotcontent', 'volumeattachment']);
/** Kinds whose deletion takes everything under them. */
export const NAMESPACE_KINDS = new Set(['namespace', 'project']);
