module.exports = { toJson: function () { throw new Error('XML is not used by this test (JSON format)'); } };
