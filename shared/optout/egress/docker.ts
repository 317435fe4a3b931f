/**
 * Docker Compose: FusionAuth, its database and search on an internal network, which Docker
 * gives no route out of the host. A reverse proxy on both networks keeps FusionAuth reachable.
 */
import { Document, isMap, isSeq } from 'yaml';

import { posixQuote, yamlDocuments } from '../escape.ts';
import type { EgressGuide } from '../types.ts';
import { denyAllContext, type EgressContext } from './context.ts';
import { curlMustFail, logPipeCommand, verification } from './verification.ts';

export const DOCKER_NETWORK = 'fusionauth-internal';

export function composeOverride(context: EgressContext): string {
  const networks = [DOCKER_NETWORK];
  const document = new Document({
    services: {
      fusionauth: {
        networks,
        extra_hosts: context.hosts.map((host) => `${host.name}:0.0.0.0`),
      },
      db: { networks },
      search: { networks },
    },
    networks: { [DOCKER_NETWORK]: { internal: true } },
  });

  document.commentBefore =
    ' Usage Inspector: FusionAuth, its database and search on a network with no way out.' +
    "\n Service names as in FusionAuth's docker-compose.yml; rename them to match yours." +
    '\n Ports published by services only on an internal network are not reachable: put' +
    '\n your reverse proxy on both this network and a normal one.';

  const services = document.get('services', true);
  if (isMap(services)) {
    const fusionauth = services.get('fusionauth', true);
    if (isMap(fusionauth)) {
      const extraHosts = fusionauth.get('extra_hosts', true);
      if (isSeq(extraHosts)) {
        extraHosts.commentBefore =
          ' Second layer: the names resolve to nowhere even if the network changes.';
      }
    }
  }

  return yamlDocuments([document]);
}

export function dockerMustFail(context: EgressContext): string {
  return (
    '# Runs curl in the network of the FusionAuth container, exactly where FusionAuth is.\n' +
    'docker run --rm --network "container:$(docker compose ps -q fusionauth)" ' +
    `curlimages/curl sh -c ${posixQuote(curlMustFail(context.hosts))}`
  );
}

export function buildDockerGuide(chosen: EgressContext): EgressGuide {
  const context = denyAllContext(chosen);

  return {
    id: 'egress-docker',
    platform: 'docker',
    title: 'Docker (internal network)',
    summary:
      'Put FusionAuth on an internal Docker network: it can reach its database and search, ' +
      'and nothing outside the host.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      'Save the override next to your docker-compose.yml as docker-compose.override.yml (or ' +
        'merge it in), adjusting service names.',
      'Attach your reverse proxy to both this network and a normal one, so users still reach ' +
        'FusionAuth.',
      'If FusionAuth must reach outside services (SMTP, identity providers, webhooks), add an ' +
        'egress proxy on both networks and point FusionAuth at it (Squid tab).',
      'Recreate the containers: docker compose up -d.',
    ],
    artifacts: [
      {
        id: 'compose-override',
        title: 'docker-compose.override.yml',
        format: 'yaml',
        text: composeOverride(context),
        placement: 'next to docker-compose.yml',
      },
      {
        id: 'apply',
        title: 'Recreate and inspect',
        format: 'sh',
        text:
          'docker compose up -d\n' +
          `docker network inspect --format '{{.Name}} internal={{.Internal}}' ` +
          `$(docker network ls -q --filter name=${DOCKER_NETWORK})`,
        placement: 'the Docker host, in the compose project folder',
      },
    ],
    warnings: [
      ...context.warnings,
      'Compose merges the networks list with the one already in your file: remove the ' +
        "fusionauth service's other networks, or it keeps a way out through them.",
    ],
    notes: [
      "Docker's own docs describe internal networks as isolated from the outside; the check " +
        'below confirms it for your setup.',
    ],
    verification: verification(
      {
        id: 'must-fail',
        title: 'This must fail for every host',
        format: 'sh',
        text: dockerMustFail(context),
        placement: 'the Docker host, in the compose project folder',
      },
      logPipeCommand(
        'docker compose logs --no-color fusionauth',
        'the Docker host, in the compose project folder',
      ),
      context.inputs,
    ),
  };
}
