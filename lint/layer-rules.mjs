/**
 * Two rules of the project's layout that plain import patterns cannot say:
 * - a client component ("use client") imports nothing that only runs on the server;
 * - every mutations.ts declares itself server-only, so no client bundle can ever pull in a write.
 */

const SERVER_ONLY_SOURCE =
  /(^|\/)(data|mutations|loaders|db|db-errors)(\.ts)?$|^server-only$|^@prisma\/|(^|\/)generated\/prisma|(^|\/)lib\/auth\/(auth|session-user|current-user)(\.ts)?$|^node:|^pg$/;

function isClientModule(program) {
  const first = program.body[0];
  return first?.type === "ExpressionStatement" && first.directive === "use client";
}

const clientImportsNoServerModule = {
  meta: {
    type: "problem",
    messages: {
      server:
        "A client component cannot import the server-only module '{{source}}': pass its data down as props or call a server action.",
    },
    schema: [],
  },
  create(context) {
    let client = false;
    return {
      Program(program) {
        client = isClientModule(program);
      },
      ImportDeclaration(node) {
        if (!client || node.importKind === "type") return;
        const source = String(node.source.value);
        if (SERVER_ONLY_SOURCE.test(source)) context.report({ node, messageId: "server", data: { source } });
      },
    };
  },
};

const mutationsAreServerOnly = {
  meta: {
    type: "problem",
    messages: { missing: 'A mutations module must start with import "server-only".' },
    schema: [],
  },
  create(context) {
    return {
      Program(program) {
        const declares = program.body.some(
          (node) => node.type === "ImportDeclaration" && node.source.value === "server-only",
        );
        if (!declares) context.report({ node: program, messageId: "missing" });
      },
    };
  },
};

export const layerRules = {
  rules: {
    "client-imports-no-server-module": clientImportsNoServerModule,
    "mutations-are-server-only": mutationsAreServerOnly,
  },
};
