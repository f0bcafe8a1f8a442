// Must run before GraphiQL loads monaco: tells it where Vite emitted the editor, JSON and GraphQL workers.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const defaultQuery = `# Sign in first: run SignIn (it sets a session cookie for this page), or put
# {"Authorization": "Bearer <token>"} in Headers below. Then run PracticeAndStaff.
# Ctrl+Enter runs the operation under the cursor.

mutation SignIn {
  signIn(email: "owner@riverbend.example", password: "caseload-demo-2026") {
    token
    expiresAt
  }
}

query PracticeAndStaff {
  practice {
    name
    plan
    timezone
  }
  me {
    email
    permissions
  }
  staff(first: 10) {
    totalCount
    edges {
      node {
        displayName
        status
        kind
        roles {
          name
        }
      }
    }
  }
}
`;

// Same origin, so the session cookie goes along with every request.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const container = document.getElementById('playground');
if (!container) throw new Error('index.html has no #playground element');

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
