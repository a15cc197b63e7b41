using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Storage;

/// <summary>
/// The files in an S3-compatible bucket (<c>Psqm:Media:S3</c>): Amazon S3, or a server of the same protocol at
/// <c>ServiceUrl</c>. Every node reads and writes the same bucket; nothing of it is kept on a node's disk.
/// </summary>
public sealed class S3FileStore : IFileStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly S3Options _options;

    public S3FileStore(IOptions<PsqmOptions> options)
    {
        _options = options.Value.Media.S3;
        var config = new AmazonS3Config
        {
            // Only what the protocol requires, so servers other than Amazon's that know no newer checksums take the requests.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (_options.ServiceUrl is { Length: > 0 } url)
        {
            config.ServiceURL = url;
            config.ForcePathStyle = true;
            config.AuthenticationRegion = _options.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(_options.Region);
        }

        _client = _options.AccessKey is { Length: > 0 } key
            ? new AmazonS3Client(new BasicAWSCredentials(key, _options.SecretKey), config)
            : new AmazonS3Client(config);
    }

    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await _client.GetObjectMetadataAsync(_options.Bucket, Key(path), cancellationToken);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.GetObjectAsync(_options.Bucket, Key(path), cancellationToken);
            return new ResponseStream(response);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task PutAsync(string path, string localFile, CancellationToken cancellationToken)
    {
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = _options.Bucket, Key = Key(path), FilePath = localFile, UseChunkEncoding = false }, cancellationToken);
        File.Delete(localFile);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken) =>
        _client.DeleteObjectAsync(_options.Bucket, Key(path), cancellationToken);

    public async Task<IReadOnlyList<string>> ListAsync(string folder, CancellationToken cancellationToken)
    {
        var prefix = Key(folder) + "/";
        var names = new List<string>();
        var request = new ListObjectsV2Request { BucketName = _options.Bucket, Prefix = prefix, Delimiter = "/" };
        ListObjectsV2Response response;
        do
        {
            response = await _client.ListObjectsV2Async(request, cancellationToken);
            names.AddRange((response.S3Objects ?? []).Select(o => o.Key[prefix.Length..]));
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
        return names;
    }

    public async Task<IResult?> ServeAsync(string path, string mediaType, string? downloadName, CancellationToken cancellationToken) =>
        await OpenReadAsync(path, cancellationToken) is { } stream
            ? Results.Stream(stream, mediaType, downloadName, ((ResponseStream)stream).LastModified)
            : null;

    public void Dispose() => _client.Dispose();

    private string Key(string path) => _options.Prefix is { Length: > 0 } prefix ? prefix.TrimEnd('/') + "/" + StoredFiles.Checked(path) : StoredFiles.Checked(path);

    // The object's bytes, closing the response with them.
    private sealed class ResponseStream(GetObjectResponse response) : Stream
    {
        private readonly Stream _inner = response.ResponseStream;

        public DateTimeOffset? LastModified => response.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime()) : null;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => response.ContentLength;

        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
