import { describeViteConsumer } from './support/vite-consumer.js';

describeViteConsumer({ app: 'vite', react: '19' });
