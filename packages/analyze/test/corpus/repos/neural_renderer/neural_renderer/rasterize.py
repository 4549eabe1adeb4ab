import chainer
import chainer.functions as cf
import string


class Rasterize(chainer.Function):
    def __init__(self, image_size, near, far, eps, background_color):
        super(Rasterize, self).__init__()
        self.image_size = image_size
        self.near = near
        self.far = far
        self.eps = eps
        self.background_color = background_color
        # ...

    def forward_gpu(self, inputs):
        xp = chainer.cuda.get_array_module(inputs[0])
        faces = xp.ascontiguousarray(inputs[0])
        textures = xp.ascontiguousarray(inputs[1])
        bs, nf = faces.shape[:2]
        is_ = self.image_size
        ts = textures.shape[2]

        # initialize buffers
        self.face_index_map = xp.ascontiguousarray(xp.zeros((bs, is_, is_), dtype='int32')) - 1
        self.weight_map = xp.ascontiguousarray(xp.zeros((bs, is_, is_, 3), dtype='float32'))
        self.face_map = xp.ascontiguousarray(xp.zeros((bs, is_, is_, 3, 3), dtype='float32'))
        self.z_map = xp.ascontiguousarray(xp.zeros((bs, is_, is_), dtype='float32')) + self.far
        # ...

        # vertices -> face_index_map, z_map
        # face_index_map = -1 if background
        loop = xp.arange(bs * nf).astype('int32')
        lock = xp.zeros(self.images.shape, 'uint64')
        chainer.cuda.elementwise(
            'int32 j, raw float32 faces, raw int32 face_index_map, raw float32 weight_map, raw float32 face_map, ' +
            'raw float32 z_map, raw uint64 lock',
            '',
            string.Template('''
                const int bn = i / ${num_faces};
                const int fn = i % ${num_faces};
                const int is = ${image_size};
                const float* face = &faces[i * 9];

                /* check back */
                if ((face[7] - face[1]) * (face[3] - face[0]) < (face[4] - face[1]) * (face[6] - face[0])) return;

                /* ... */

                        /* lock and update */
                        bool locked = false;
                        do {
                            if (locked = atomicCAS(&lock[index], 0, 1) == 0) {
                                if (zp < z_map[index]) {
                                    face_index_map[index] = fn;
                                    z_map[index] = zp;
                                    weight_map[3 * index + p0_i] = w[0];
                                    weight_map[3 * index + p1_i] = w[1];
                                    weight_map[3 * index + p2_i] = w[2];
                                    for (int k = 0; k < 9; k++) face_map[9 * index + k] = face[k];
                                }
                            }
                            if (locked) atomicExch(&lock[index], 0);
                        } while (!locked);
                    }
                }
            ''').substitute(
                num_faces=nf,
                image_size=is_,
                near=self.near,
                far=self.far,
            ),
            'function',
        )(
            loop, faces.ravel(), self.face_index_map.ravel(), self.weight_map.ravel(), self.face_map,
            self.z_map.ravel(), lock,
        )

        # texture sampling
        # ...
        return self.images,

    def backward_gpu(self, inputs, grad_outputs):
        xp = chainer.cuda.get_array_module(inputs[0])
        faces = xp.ascontiguousarray(inputs[0])
        textures = xp.ascontiguousarray(inputs[1])
        grad_images = xp.ascontiguousarray(grad_outputs[0])
        grad_faces = xp.ascontiguousarray(xp.zeros_like(faces, dtype='float32'))
        grad_textures = xp.ascontiguousarray(xp.zeros_like(textures, dtype='float32'))

        # backward texture sampling
        chainer.cuda.elementwise(
            'int32 pi, int32 face_index, raw T sampling_weight_map, raw int32 sampling_index_map, raw T grad_images, ' +
            'raw T grad_textures',
            '',
            string.Template('''
                int is = ${image_size};
                int nf = ${num_faces};
                int ts = ${texture_size};
                int bn = pi / (is * is);    // batch number [0 -> bs]

                if (0 <= face_index) {
                    float* grad_texture = &grad_textures[(bn * nf + face_index) * ts * ts * ts * 3];
                    float* sampling_weight_map_p = &sampling_weight_map[pi * 8];
                    int* sampling_index_map_p = &sampling_index_map[pi * 8];
                    for (int pn = 0; pn < 8; pn++) {
                        float w = *sampling_weight_map_p++;
                        int isc = *sampling_index_map_p++;
                        float* grad_texture_p = &grad_texture[isc * 3];
                        float* grad_images_p = &grad_images[pi * 3];
                        for (int k = 0; k < 3; k++) atomicAdd(grad_texture_p++, w * *grad_images_p++);
                    }
                }
            ''').substitute(
                image_size=self.image_size,
                num_faces=faces.shape[1],
                texture_size=textures.shape[2],
            ),
            'function',
        )(
            xp.arange(faces.shape[0] * self.image_size * self.image_size).astype('int32'), self.face_index_map.ravel(),
            self.sampling_weight_map, self.sampling_index_map, grad_images, grad_textures,
        )
        # ...
