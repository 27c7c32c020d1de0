module.exports = { parseXml: function () { throw new Error('XML is not used by this test (JSON format)'); } };
