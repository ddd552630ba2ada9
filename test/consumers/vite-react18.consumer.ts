import { describeViteConsumer } from './support/vite-consumer.js';

// The Vite app's own sources, on React 18 and its types.
describeViteConsumer({ app: 'vite-react18', sources: 'vite', react: '18' });
