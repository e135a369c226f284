import { Namespace, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { Ajv } from 'ajv';

const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace as never,
  'v1/Secret': Secret as never,
  'v1/Service': Service as never,
  'apps/v1/Deployment': Deployment as never,
  'batch/v1/Job': Job as never,
};

/** Validates a generated object against the Kubernetes API schema of its kind (kubernetes-models); throws with the schema error. */
export function validateK8s(obj: { apiVersion: string; kind: string }): void {
  const Model = MODELS[`${obj.apiVersion}/${obj.kind}`];
  if (!Model) throw new Error(`no schema registered for ${obj.apiVersion}/${obj.kind}`);
  new Model(obj as never).validate();
}

/**
 * kind's Cluster config (kind.x-k8s.io/v1alpha4) is not a Kubernetes API object, so it has no
 * schema in kubernetes-models; this is the subset of kind's documented fields the action may use.
 */
const kindClusterSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'apiVersion'],
  properties: {
    kind: { const: 'Cluster' },
    apiVersion: { const: 'kind.x-k8s.io/v1alpha4' },
    name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
    nodes: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['role'],
        properties: {
          role: { enum: ['control-plane', 'worker'] },
          image: { type: 'string', pattern: '^kindest/node:v\\d+\\.\\d+\\.\\d+(@sha256:[0-9a-f]{64})?$' },
          extraPortMappings: { type: 'array' },
          extraMounts: { type: 'array' },
          labels: { type: 'object' },
          kubeadmConfigPatches: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    networking: { type: 'object' },
    featureGates: { type: 'object' },
    containerdConfigPatches: { type: 'array', items: { type: 'string' } },
    kubeadmConfigPatches: { type: 'array', items: { type: 'string' } },
  },
};

const validateKind = new Ajv({ allErrors: true, strict: true }).compile(kindClusterSchema);

export function validateKindConfig(cfg: unknown): void {
  if (!validateKind(cfg)) throw new Error(JSON.stringify(validateKind.errors));
}
