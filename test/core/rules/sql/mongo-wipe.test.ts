import { rule } from '../../../../src/core/rules/sql/mongo-wipe';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'mongosh --eval "db.users.find()"',
    'mongosh app --eval "db.users.deleteMany({ status: \'banned\' })"',
    'mongosh --eval "db.sessions.deleteOne({ _id: 1 })"',
    'mongosh --eval "// db.dropDatabase()\ndb.stats()"',
    'mongosh mongodb://localhost/app',
    'echo "db.dropDatabase()"',
  ],
  stop: [
    { command: 'mongosh --eval "db.dropDatabase()"', messageId: 'dropDatabase', severity: 'catastrophic' },
    { command: 'mongo app --eval "db.dropDatabase()"', messageId: 'dropDatabase' },
    { command: 'mongosh "mongodb://localhost/app" --quiet --eval "db.users.drop()"', messageId: 'dropCollection', severity: 'destructive' },
    { command: "mongosh --eval \"db.getCollection('orders').drop()\"", messageId: 'dropCollection' },
    { command: 'mongosh --eval "db.users.deleteMany({})"', messageId: 'deleteAll' },
    { command: 'mongo --eval "db.users.remove({})"', messageId: 'deleteAll' },
    { command: 'mongosh --eval "db.users.updateMany({}, { \\$set: { plan: \'free\' } })"', messageId: 'updateAll' },
    { command: 'echo "db.dropDatabase()" | mongosh app', messageId: 'dropDatabase' },
    { command: 'mongosh app <<EOF\nuse shop\ndb.orders.drop()\nEOF', messageId: 'dropCollection' },
  ],
});
