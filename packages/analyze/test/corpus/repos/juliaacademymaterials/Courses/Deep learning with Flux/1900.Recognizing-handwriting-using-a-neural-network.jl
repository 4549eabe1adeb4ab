# <br /><br /><br />
# # Recognizing handwritten digits using a neural network

#-

# We have now reached the point where we can tackle a very interesting task: applying the knowledge we have gained with machine learning in general, and `Flux.jl` in particular, to create a neural network that can recognize handwritten digits! The data are from a data set called MNIST, which has become a classic in the machine learning world.
#
# [We could also try to apply the techniques to the original images of fruit instead. However, the fruit images are much larger than the MNIST images, which makes the learning a suitable neural network too slow.]

#-

# ### Loading and examining the data

#-

# First we load the required packages:

using Flux, Flux.Data.MNIST, Images

# Now we read in the data:

labels = MNIST.labels();
images = MNIST.images();

# ### Setting up a neural network

n_inputs = unique(length.(images))[]

#-

n_outputs = length(unique(labels))

# Let's use a subset of $N=5,000$ of the total $60,000$ images available in order to hold out test images that our model hasn't been trained on.

preprocess(img) = vec(Float64.(img))

#-

function create_batch(r)
    xs = [preprocess(img) for img in images[r]]
    ys = [Flux.onehot(label, 0:9) for label in labels[r]]
    return (Flux.batch(xs), Flux.batch(ys))
end

# We'll train our model on the first 5000 images.

trainbatch = create_batch(1:5000);

# ## Setting up the neural network

model = Chain(Dense(n_inputs, n_outputs, identity), softmax)
L(x,y) = Flux.crossentropy(model(x), y)
opt = SGD(params(model))
@time Flux.train!(L, [trainbatch], opt)
@time Flux.train!(L, [trainbatch], opt)

# ### Using callbacks

callback() = @show(L(trainbatch...))

Flux.train!(L, Iterators.repeated(trainbatch, 3), opt; cb = callback)

#-

testbatch = create_batch(5001:10000);

#-

using Printf
train_loss = Float64[]
test_loss = Float64[]
function update_loss!()
    push!(train_loss, L(trainbatch...).data)
    push!(test_loss, L(testbatch...).data)
    @printf("train loss = %.2f, test loss = %.2f\n", train_loss[end], test_loss[end])
end

#-

Flux.train!(L, Iterators.repeated(trainbatch, 1000), opt;
                cb = Flux.throttle(update_loss!, 1))

#-

using Plots
plot(1:length(train_loss), train_loss, xlabel="~seconds of training", ylabel="loss", label="train")
plot!(1:length(test_loss), test_loss, label="test")

# ## Improving the prediction

n_hidden = 20
model = Chain(Dense(n_inputs, n_hidden, relu),
              Dense(n_hidden, n_outputs, identity), softmax)
L(x,y) = Flux.crossentropy(model(x), y)
opt = ADAM(params(model))

#-

using Random
p = randperm(28)
images[1][p,p]

#-

#nb ?Conv
#jl @doc Conv
