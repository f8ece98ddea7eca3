// Joins mongo1..3 into the replica set rs0 (once) and creates Sigap's database user (once). Run by the mongo-init
// service of compose.yaml as root; running it again changes nothing.
const members = [
  {_id: 0, host: "mongo1:27017", priority: 2},
  {_id: 1, host: "mongo2:27017", priority: 1},
  {_id: 2, host: "mongo3:27017", priority: 1},
];
try {
  rs.status();
} catch (notYet) {
  rs.initiate({_id: "rs0", members: members});
}
// Wait for a primary: the user below is written with majority acknowledgement.
for (let i = 0; i < 60 && !db.hello().isWritablePrimary; i++) {
  sleep(1000);
}
const sigap = db.getSiblingDB("sigap");
const password = fs.readFileSync(process.env.SIGAP_DB_PASSWORD_FILE, "utf8").trim();
if (sigap.getUser("sigap") === null) {
  sigap.createUser({user: "sigap", pwd: password, roles: [{role: "readWrite", db: "sigap"}]},
                   {w: "majority"});
}
