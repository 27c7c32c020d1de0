// Drives the real Open311 client library (npm "open311", codeforamerica/node-open311) against a running OneStop:
// list the services, post a request with the api_key, read it back. Exits non-zero on any failure.
//   node check.js http://127.0.0.1:5080 <api_key>
const Open311 = require('open311');
const assert = require('assert');

const [base, apiKey] = process.argv.slice(2);
if (!base || !apiKey) { console.error('usage: node check.js <base url> <api_key>'); process.exit(2); }

const city = new Open311({ endpoint: base.replace(/\/$/, '') + '/open311/v2/', format: 'json', apiKey, jurisdiction: 'gz.12345.gov.cn' });
const fail = (what, err, body) => { console.error(`${what} failed: ${err} ${body || ''}`); process.exit(1); };

city.serviceList((err, services) => {
  if (err) fail('serviceList', err, services);
  assert.strictEqual(services.length, 517);
  const service = services.find(s => s.service_name === '自来水供应');
  assert.ok(service, 'no 自来水供应 service');
  city.serviceDefinition(service.service_code, (err, definition) => {
    if (err) fail('serviceDefinition', err, definition);
    assert.ok(definition.attributes.some(a => a.code === 'request_type'));
    city.submitRequest({
      service_code: service.service_code, lat: 23.1291, long: 113.3612, address_string: '天河区员村二横路 8 号',
      description: '员村二横路 8 号楼下自来水管爆裂，水一直往外冒', first_name: '伟', last_name: '黄', phone: '13812345670',
      attributes: { request_type: 'Help', region_code: '440106' },
    }, (err, posted) => {
      if (err) fail('submitRequest', err, posted);
      const id = posted[0].service_request_id;
      assert.match(id, /^12345-\d{8}-\d{6}$/);
      city.serviceRequests(id, (err, found) => {
        if (err) fail('serviceRequests', err, found);
        assert.strictEqual(found.length, 1);
        assert.strictEqual(found[0].service_request_id, id);
        assert.strictEqual(found[0].status, 'open');
        assert.strictEqual(found[0].service_code, service.service_code);
        assert.ok(found[0].requested_datetime instanceof Date && !isNaN(found[0].requested_datetime));
        console.log(`open311 client: ${services.length} services, posted ${id}, read back status ${found[0].status}`);
      });
    });
  });
});
